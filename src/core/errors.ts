/** Every kind of failure Parley reports; callers branch on the code, never on the message. */
export type ErrorCode =
  | 'DATA_INVALID'
  | 'MODEL_INVALID'
  | 'MODEL_MISSING'
  | 'INPUT_INVALID'
  | 'INPUT_TOO_LARGE'
  | 'PIPELINE_INVALID'
  | 'STORE_UNAVAILABLE'
  | 'BUSY'
  | 'TIMEOUT'
  | 'USAGE';

/** The one error class Parley throws: a code to branch on and a message that says what to do. */
export class ParleyError extends Error {
  readonly code: ErrorCode;
  /** Further problems found at the same time, so that all of them can be reported at once. */
  readonly details: string[];
  /** For BUSY: how many seconds to wait before trying again. */
  readonly retryAfterSeconds?: number;

  constructor(code: ErrorCode, message: string, details: string[] = [], options: { retryAfterSeconds?: number } = {}) {
    super(details.length ? `${message}\n  ${details.join('\n  ')}` : message);
    this.name = 'ParleyError';
    this.code = code;
    this.details = details;
    if (options.retryAfterSeconds !== undefined) this.retryAfterSeconds = options.retryAfterSeconds;
  }
}

/** True when `error` is a ParleyError, optionally with the given code. */
export function isParleyError(error: unknown, code?: ErrorCode): error is ParleyError {
  return error instanceof ParleyError && (code === undefined || error.code === code);
}
