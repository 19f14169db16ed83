import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { ZodError } from 'zod';
import { isParleyError, type ErrorCode } from '../core/errors.ts';
import { damagedStore, isDamage } from '../store/sqlite/damage.ts';

/** Every error code the HTTP API answers with: Parley's own codes plus those only HTTP has. */
export type HttpErrorCode = ErrorCode | 'NOT_FOUND' | 'METHOD_NOT_ALLOWED' | 'UNAUTHORIZED' | 'FORBIDDEN' | 'UNSUPPORTED_MEDIA_TYPE' | 'INTERNAL';

/** The body of every error response. */
export interface ErrorBody {
  error: { code: HttpErrorCode; message: string; details?: string[] };
}

/** The HTTP status each error code is answered with. */
export const HTTP_STATUS: Record<HttpErrorCode, ContentfulStatusCode> = {
  INPUT_INVALID: 400,
  USAGE: 400,
  UNAUTHORIZED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  METHOD_NOT_ALLOWED: 405,
  INPUT_TOO_LARGE: 413,
  UNSUPPORTED_MEDIA_TYPE: 415,
  DATA_INVALID: 500,
  MODEL_INVALID: 500,
  MODEL_MISSING: 500,
  PIPELINE_INVALID: 500,
  INTERNAL: 500,
  STORE_UNAVAILABLE: 503,
  BUSY: 503,
  TIMEOUT: 503,
};

/** An error the routes throw to answer with a given code; the app's error handler turns it into JSON. */
export class HttpError extends Error {
  readonly code: HttpErrorCode;
  readonly details: string[];

  constructor(code: HttpErrorCode, message: string, details: string[] = []) {
    super(message);
    this.name = 'HttpError';
    this.code = code;
    this.details = details;
  }
}

/** A JSON error response; `retryAfterSeconds` adds a Retry-After header (to a 503). */
export function errorResponse(c: Context, code: HttpErrorCode, message: string, details: string[] = [], retryAfterSeconds?: number): Response {
  const body: ErrorBody = { error: details.length ? { code, message, details } : { code, message } };
  if (retryAfterSeconds !== undefined) c.header('Retry-After', String(retryAfterSeconds));
  return c.json(body, HTTP_STATUS[code]);
}

/** Turns a zod failure into an INPUT_INVALID error naming every problem and where it is (`body.text`, `query.limit`). */
export function validationError(where: 'body' | 'query' | 'path', error: ZodError): HttpError {
  const details = error.issues.map((issue) => `${[where, ...issue.path].join('.')}: ${issue.message}`);
  return new HttpError('INPUT_INVALID', `the request ${where} is invalid: ${details.join('; ')}`, details);
}

/**
 * The one place where failures become HTTP answers. Parley's coded errors keep their code; anything
 * else is logged and answered as INTERNAL without its stack or message, which may name files.
 */
export function handleError(error: unknown, c: Context, log: (message: string) => void = (message) => console.error(message)): Response {
  const { error: described } = toErrorBody(error, c, log);
  return errorResponse(c, described.code, described.message, described.details ?? [], isParleyError(error) ? error.retryAfterSeconds : undefined);
}

/** The error body for any failure (as `handleError` answers it), for answers already under way such as a stream of progress lines. */
export function toErrorBody(error: unknown, c: Context, log: (message: string) => void): ErrorBody {
  const body = (code: HttpErrorCode, message: string, details: string[]): ErrorBody => {
    const shown = details.map(hidePaths);
    return { error: shown.length ? { code, message: hidePaths(message), details: shown } : { code, message: hidePaths(message) } };
  };
  if (error instanceof HttpError) return body(error.code, error.message, error.details);
  // a store found damaged while serving: said as such, with how to recover, never as a 500
  if (isDamage(error)) return body('STORE_UNAVAILABLE', damagedStore('the store', (error as Error).message).message, []);
  if (isParleyError(error)) {
    // the ParleyError message carries its details on further lines; the JSON keeps them apart
    const message = error.details.length ? error.message.split('\n')[0] : error.message;
    return body(error.code, message, error.details);
  }
  log(`parley serve: ${c.req.method} ${new URL(c.req.url).pathname} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  return body('INTERNAL', 'the server failed to answer this request; the error is in the server log', []);
}

/** An absolute file path in a message (not a URL's path): a slash after a space, quote or bracket, and two or more segments. */
const ABSOLUTE_PATH = /(?<![\w:/.~-])(?:\/[^\s/'"`():]+){2,}/g;

/** The message with every absolute file path shown by its last segment, so that answers never show the server's layout. */
function hidePaths(message: string): string {
  return message.replace(ABSOLUTE_PATH, (path) => path.slice(path.lastIndexOf('/') + 1));
}
