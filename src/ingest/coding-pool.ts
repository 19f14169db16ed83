import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { Document } from '../core/document.ts';
import { ParleyError, type ErrorCode } from '../core/errors.ts';

/** What a document coder must do for the ingest: the in-process `Coder` and the worker pool both fit. */
export interface DocumentCoder {
  code(text: string, options: { id: string; published?: string }): Document | Promise<Document>;
  close?(): Promise<void>;
}

/** Sent to a worker. */
export interface CodingRequest {
  seq: number;
  text: string;
  id: string;
  published?: string;
}

/** Received from a worker. */
export type CodingResponse = { seq: number; document: Document } | { seq: number; error: { code: ErrorCode | 'INTERNAL'; message: string } };

/** Passed to each worker at start. */
export interface CodingWorkerData {
  dictionaries: string[];
}

/** Options for `createCodingPool`. */
export interface CodingPoolOptions {
  /** Number of worker threads (default: the machine's available parallelism). */
  workers?: number;
  dictionaries?: string[];
}

interface Pending {
  resolve: (document: Document) => void;
  reject: (error: Error) => void;
  request: CodingRequest;
}

const WORKER_ENTRY = new URL('./coding-worker.js', import.meta.url);

/** The number of coding workers used when none is given. */
export function defaultWorkerCount(): number {
  return Math.max(1, availableParallelism());
}

/**
 * A pool of worker threads, each with its own coder, that codes documents across the machine's
 * cores. Requests go to whichever worker is free; results come back as promises.
 */
export function createCodingPool(options: CodingPoolOptions = {}): DocumentCoder & { close(): Promise<void> } {
  const size = Math.max(1, options.workers ?? defaultWorkerCount());
  const data: CodingWorkerData = { dictionaries: options.dictionaries ?? [] };
  const queue: Pending[] = [];
  const idle: Worker[] = [];
  const busy = new Map<Worker, Pending>();
  let failure: Error | null = null;
  let seq = 0;
  let closing = false;

  const dispatch = () => {
    while (idle.length && queue.length) {
      const worker = idle.pop() as Worker;
      const pending = queue.shift() as Pending;
      busy.set(worker, pending);
      worker.postMessage(pending.request);
    }
  };

  const fail = (error: Error) => {
    failure = error;
    for (const pending of [...queue, ...busy.values()]) pending.reject(error);
    queue.length = 0;
    busy.clear();
  };

  const workers = Array.from({ length: size }, () => {
    // the worker inherits no --import flags: its .js entry registers tsx itself
    const worker = new Worker(WORKER_ENTRY, { workerData: data, execArgv: [] });
    worker.on('message', (message: CodingResponse | { ready: true }) => {
      if ('ready' in message) {
        idle.push(worker);
        dispatch();
        return;
      }
      const pending = busy.get(worker);
      busy.delete(worker);
      idle.push(worker);
      if (pending) {
        if ('document' in message) pending.resolve(message.document);
        else pending.reject(message.error.code === 'INTERNAL' ? new Error(message.error.message) : new ParleyError(message.error.code, message.error.message));
      }
      dispatch();
    });
    worker.on('error', (error) => fail(new ParleyError('MODEL_INVALID', `a coding worker failed: ${error.message}`)));
    worker.on('exit', (code) => {
      if (!closing && code !== 0) fail(new ParleyError('MODEL_INVALID', `a coding worker stopped with exit code ${code}`));
    });
    return worker;
  });

  return {
    code(text, codeOptions) {
      if (failure) return Promise.reject(failure);
      return new Promise<Document>((resolve, reject) => {
        queue.push({ resolve, reject, request: { seq: seq++, text, id: codeOptions.id, published: codeOptions.published } });
        dispatch();
      });
    },
    async close() {
      closing = true;
      await Promise.all(workers.map((worker) => worker.terminate()));
    },
  };
}
