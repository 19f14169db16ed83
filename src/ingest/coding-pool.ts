import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { Document } from '../core/document.ts';
import { ParleyError, type ErrorCode } from '../core/errors.ts';

/** What a document coder must do for the ingest: the in-process `Coder` and the worker pool both fit. */
export interface DocumentCoder {
  code(text: string, options: CodeRequestOptions): Document | Promise<Document>;
  close?(): Promise<void>;
}

/** One call to `DocumentCoder.code`: the document's id and date, and a signal that cancels the work. */
export interface CodeRequestOptions {
  id: string;
  published?: string;
  /** When it aborts, a waiting request leaves the queue and a running one is stopped; the promise rejects with its reason. */
  signal?: AbortSignal;
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
  /** Told how long each document took a worker to code (for the server's estimate of waiting times). */
  onCoded?: (characters: number, milliseconds: number) => void;
  /** The largest JavaScript heap (old generation) one worker may hold, in MB (default `WORKER_HEAP_LIMIT_MB`). */
  heapLimitMb?: number;
}

/**
 * The default bound on a coding worker's heap (MB). A document that needs more fails alone
 * (INPUT_TOO_LARGE) and its worker is replaced; a text of `MAX_TEXT_LENGTH` characters codes
 * within it. The bound also keeps memory down in steady use: V8 lets a heap grow to a multiple of
 * what it holds before a full collection, a larger multiple the larger its limit. Under the
 * default limit of some 4 GB, a worker holding about 75 MB of models and place names grew to
 * 240 MB in the server's overload benchmark; under this bound, to about 130 MB.
 */
export const WORKER_HEAP_LIMIT_MB = 1024;

interface Pending {
  resolve: (document: Document) => void;
  reject: (error: unknown) => void;
  request: CodingRequest;
  signal?: AbortSignal;
  onAbort?: () => void;
  started?: number;
}

const WORKER_ENTRY = new URL('./coding-worker.js', import.meta.url);

/** The number of coding workers used when none is given. */
export function defaultWorkerCount(): number {
  return Math.max(1, availableParallelism());
}

/**
 * The number of coding workers to start for `--workers requested`: at most one per core, since
 * each worker holds its own copy of the models and more workers than cores only add memory. The
 * note says so when the request was lowered.
 */
export function boundWorkerCount(requested: number): { workers: number; note?: string } {
  const cores = defaultWorkerCount();
  if (requested <= cores) return { workers: requested };
  return { workers: cores, note: `--workers ${requested} is more than the ${cores} core(s) of this machine: using ${cores} (each worker holds its own copy of the models)` };
}

/**
 * A pool of worker threads, each with its own coder, that codes documents across the machine's
 * cores. Requests go to whichever worker is free; results come back as promises.
 */
export function createCodingPool(options: CodingPoolOptions = {}): DocumentCoder & { close(): Promise<void> } {
  const size = Math.max(1, boundWorkerCount(options.workers ?? defaultWorkerCount()).workers);
  const heapLimitMb = options.heapLimitMb ?? WORKER_HEAP_LIMIT_MB;
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
      pending.started = performance.now();
      busy.set(worker, pending);
      worker.postMessage(pending.request);
    }
  };

  const settle = (pending: Pending) => {
    if (pending.onAbort) pending.signal?.removeEventListener('abort', pending.onAbort);
  };

  // A worker cannot be interrupted in the middle of a document: it is stopped and replaced.
  const replace = (worker: Worker) => {
    busy.delete(worker);
    retired.add(worker);
    void worker.terminate();
    workers[workers.indexOf(worker)] = startWorker();
  };

  // A cancelled request leaves the queue; one a worker is coding stops with that worker.
  const cancel = (pending: Pending) => {
    const index = queue.indexOf(pending);
    if (index >= 0) queue.splice(index, 1);
    for (const [worker, running] of busy) if (running === pending) replace(worker);
    settle(pending);
    pending.reject(pending.signal?.reason ?? new ParleyError('TIMEOUT', 'the coding was cancelled'));
    dispatch();
  };

  const fail = (error: Error) => {
    failure = error;
    for (const pending of [...queue, ...busy.values()]) pending.reject(error);
    queue.length = 0;
    busy.clear();
  };

  // A worker that ran out of heap fails only the document it was coding, and is replaced.
  const outOfMemory = (worker: Worker) => {
    const pending = busy.get(worker);
    replace(worker);
    if (pending) {
      settle(pending);
      pending.reject(
        new ParleyError(
          'INPUT_TOO_LARGE',
          `coding document "${pending.request.id}" (${pending.request.text.length} characters) needed more memory than a coding worker may use (a heap of ${heapLimitMb} MB): split the text into smaller documents`,
        ),
      );
    }
    dispatch();
  };

  const retired = new Set<Worker>();
  const startWorker = () => {
    // the worker inherits no --import flags: its .js entry registers tsx itself
    const worker = new Worker(WORKER_ENTRY, { workerData: data, execArgv: [], resourceLimits: { maxOldGenerationSizeMb: heapLimitMb } });
    worker.on('message', (message: CodingResponse | { ready: true }) => {
      if (retired.has(worker)) return;
      if ('ready' in message) {
        idle.push(worker);
        dispatch();
        return;
      }
      const pending = busy.get(worker);
      busy.delete(worker);
      idle.push(worker);
      if (pending) {
        settle(pending);
        if (pending.started !== undefined) options.onCoded?.(pending.request.text.length, performance.now() - pending.started);
        if ('document' in message) pending.resolve(message.document);
        else pending.reject(message.error.code === 'INTERNAL' ? new Error(message.error.message) : new ParleyError(message.error.code, message.error.message));
      }
      dispatch();
    });
    worker.on('error', (error: Error & { code?: string }) => {
      if (retired.has(worker)) return;
      // out of memory while loading the models (no document in hand) is the pool's failure, not a document's
      if (error.code === 'ERR_WORKER_OUT_OF_MEMORY' && busy.has(worker)) outOfMemory(worker);
      else fail(new ParleyError('MODEL_INVALID', `a coding worker failed: ${error.message}`));
    });
    worker.on('exit', (code) => {
      if (!closing && !retired.delete(worker) && code !== 0) fail(new ParleyError('MODEL_INVALID', `a coding worker stopped with exit code ${code}`));
    });
    return worker;
  };
  const workers = Array.from({ length: size }, startWorker);

  return {
    code(text, codeOptions) {
      if (failure) return Promise.reject(failure);
      const signal = codeOptions.signal;
      if (signal?.aborted) return Promise.reject(signal.reason);
      return new Promise<Document>((resolve, reject) => {
        const pending: Pending = { resolve, reject, request: { seq: seq++, text, id: codeOptions.id, published: codeOptions.published }, signal };
        if (signal) {
          pending.onAbort = () => cancel(pending);
          signal.addEventListener('abort', pending.onAbort, { once: true });
        }
        queue.push(pending);
        dispatch();
      });
    },
    async close() {
      closing = true;
      await Promise.all(workers.map((worker) => worker.terminate()));
    },
  };
}
