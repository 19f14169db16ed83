import { parentPort, workerData } from 'node:worker_threads';
import { createCoder } from '../coder.ts';
import { isParleyError } from '../core/errors.ts';
import type { CodingRequest, CodingResponse, CodingWorkerData } from './coding-pool.ts';

// Runs in a worker thread (started through coding-worker.js, which registers tsx): loads the
// coder once, then codes one request at a time.
const port = parentPort;
if (!port) throw new Error('coding-worker.ts must run in a worker thread');
const data = workerData as CodingWorkerData;
const coder = createCoder({ dictionaries: data.dictionaries });
port.postMessage({ ready: true });
port.on('message', (request: CodingRequest) => {
  let response: CodingResponse;
  try {
    response = { seq: request.seq, document: coder.code(request.text, { id: request.id, published: request.published }) };
  } catch (error) {
    response = {
      seq: request.seq,
      error: { code: isParleyError(error) ? error.code : 'INTERNAL', message: error instanceof Error ? error.message : String(error) },
    };
  }
  port.postMessage(response);
});
