import { Worker } from 'node:worker_threads';
import { ParleyError } from '../core/errors.ts';
import type { Article } from './html.ts';
import { htmlDepth, MAX_HTML_DEPTH } from './html-depth.ts';

/** The longest one page's article extraction may take (ms) before it is stopped and the page skipped. */
export const EXTRACTION_TIMEOUT_MS = 20_000;

const WORKER_ENTRY = new URL('./html-worker.js', import.meta.url);

type Reply = { seq: number; article: Article | null } | { seq: number; error: string };

/** How long an idle extraction worker is kept for the next page (ms). */
const IDLE_MS = 1_000;

let worker: Worker | null = null;
let idleTimer: NodeJS.Timeout | undefined;
let seq = 0;
const waiting = new Map<number, { resolve: (article: Article | null) => void; reject: (error: Error) => void; timer: NodeJS.Timeout; owner: Worker }>();

/** Stops the extraction worker once no page has been waiting for a while, so that it does not keep the process alive. */
function stopWhenIdle(): void {
  clearTimeout(idleTimer);
  if (waiting.size > 0) return;
  idleTimer = setTimeout(() => {
    if (waiting.size > 0 || !worker) return;
    void worker.terminate();
    worker = null;
  }, IDLE_MS);
  idleTimer.unref();
}

/** The extraction worker, started on first use. */
function extractionWorker(): Worker {
  clearTimeout(idleTimer);
  if (worker) return worker;
  const started = new Worker(WORKER_ENTRY, { execArgv: [] });
  started.on('message', (reply: Reply) => {
    const pending = waiting.get(reply.seq);
    if (!pending) return;
    waiting.delete(reply.seq);
    clearTimeout(pending.timer);
    if ('error' in reply) pending.reject(new ParleyError('INPUT_INVALID', `the page could not be parsed: ${reply.error}`));
    else pending.resolve(reply.article);
    stopWhenIdle();
  });
  const failAll = (message: string) => {
    if (worker === started) worker = null;
    for (const [key, pending] of waiting) {
      if (pending.owner !== started) continue;
      clearTimeout(pending.timer);
      pending.reject(new ParleyError('INPUT_INVALID', message));
      waiting.delete(key);
    }
  };
  started.on('error', (error) => failAll(`the page could not be parsed: ${error.message}`));
  // a worker stopped on purpose (idle, or past its time limit) has nothing left waiting on it
  started.on('exit', () => failAll('the page could not be parsed: the extraction stopped'));
  worker = started;
  return started;
}

/**
 * Extracts the article of an HTML page (see `extractArticle`) in a worker thread, within bounds:
 * a page nested deeper than `MAX_HTML_DEPTH` is refused before parsing, and an extraction that
 * runs past `timeoutMs` is stopped (its worker replaced) and refused, both with INPUT_INVALID.
 */
export function extractArticleOffThread(html: string, timeoutMs = EXTRACTION_TIMEOUT_MS): Promise<Article | null> {
  const depth = htmlDepth(html);
  if (depth > MAX_HTML_DEPTH) {
    return Promise.reject(new ParleyError('INPUT_INVALID', `the page nests its elements ${depth} deep; the limit is ${MAX_HTML_DEPTH}: it is not a page Parley extracts an article from`));
  }
  const target = extractionWorker();
  const key = seq++;
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      waiting.delete(key);
      reject(new ParleyError('INPUT_INVALID', `extracting the article took longer than ${Math.round(timeoutMs / 1000)} s, the limit: the page was skipped`));
      // the only way to stop the parse is to stop its thread; the next page starts a fresh one
      if (worker === target) worker = null;
      void target.terminate();
      stopWhenIdle();
    }, timeoutMs);
    waiting.set(key, { resolve, reject, timer, owner: target });
    target.postMessage({ seq: key, html });
  });
}
