import type { Context } from 'hono';
import { ParleyError } from '../core/errors.ts';

/** What the TIMEOUT answers of `withDeadline` say: the work (`the text`) and what to do after a deadline. */
export interface DeadlineWording {
  what: string;
  advice: string;
}

/**
 * Runs the coding of a request with a signal that aborts when its client goes away or when
 * `deadlineMs` has passed, and turns either into TIMEOUT (503; after a deadline with
 * Retry-After), saying that the work was stopped.
 */
export async function withDeadline<T>(c: Context, deadlineMs: number, wording: DeadlineWording, work: (signal: AbortSignal) => Promise<T>): Promise<T> {
  const deadline = new AbortController();
  const signal = AbortSignal.any([c.req.raw.signal, deadline.signal]);
  const timer = setTimeout(() => deadline.abort(new Error('deadline')), deadlineMs);
  try {
    return await work(signal);
  } catch (error) {
    if (deadline.signal.aborted) {
      throw new ParleyError('TIMEOUT', `${wording.what} could not be coded within the server's deadline of ${Math.round(deadlineMs / 1000)} s; the work was stopped: ${wording.advice}`, [], {
        retryAfterSeconds: 5,
      });
    }
    if (c.req.raw.signal.aborted) throw new ParleyError('TIMEOUT', `the client went away before ${wording.what} was coded; the work was stopped`);
    throw error;
  } finally {
    clearTimeout(timer);
  }
}
