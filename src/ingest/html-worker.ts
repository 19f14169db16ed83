import { parentPort } from 'node:worker_threads';
import { extractArticle } from './html.ts';

// Runs in a worker thread (started through html-worker.js, which registers tsx): extracts the
// article of each page it is sent, so that a page that takes long never blocks the ingest's thread.
const port = parentPort;
if (!port) throw new Error('html-worker.ts must run in a worker thread');
port.on('message', (request: { seq: number; html: string }) => {
  try {
    port.postMessage({ seq: request.seq, article: extractArticle(request.html) });
  } catch (error) {
    port.postMessage({ seq: request.seq, error: error instanceof Error ? error.message : String(error) });
  }
});
