// Calls to Parley's API. A token given once as ?token=... is kept for the browser tab and sent as a
// bearer header; it is taken out of the address bar so that it does not end up in history or links.

const TOKEN_KEY = 'parley-token';

/** Moves a token from the page address into session storage. */
export function captureToken(): void {
  const url = new URL(window.location.href);
  const token = url.searchParams.get('token');
  if (token === null) return;
  sessionStorage.setItem(TOKEN_KEY, token);
  url.searchParams.delete('token');
  history.replaceState(history.state, '', url.pathname + url.search + url.hash);
}

/** An error answered by the API, with its code and message. */
export class ApiError extends Error {
  readonly code: string;
  readonly status: number;
  constructor(status: number, code: string, message: string) {
    super(message);
    this.code = code;
    this.status = status;
  }
}

/** Calls the API and returns its JSON, throwing ApiError with the server's message on failure. */
export async function api<T>(path: string, init: { method?: 'GET' | 'POST'; body?: unknown; signal?: AbortSignal } = {}): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' };
  const token = sessionStorage.getItem(TOKEN_KEY);
  if (token) headers.authorization = `Bearer ${token}`;
  if (init.body !== undefined) headers['content-type'] = 'application/json';
  const response = await fetch(path, { method: init.method ?? 'GET', headers, body: init.body === undefined ? undefined : JSON.stringify(init.body), signal: init.signal });
  // a body that is not JSON reads as null; a read cut short by the caller's abort stays an abort (a page that
  // navigated away or typed on must not get null as its answer)
  const json = (await response.json().catch((failure: Error) => {
    if (init.signal?.aborted) throw failure;
    return null;
  })) as { error?: { code: string; message: string } } | null;
  if (!response.ok) throw new ApiError(response.status, json?.error?.code ?? 'INTERNAL', json?.error?.message ?? `the server answered ${response.status}`);
  return json as T;
}

/** A query string from the defined, non-empty values. */
export function queryString(values: Record<string, string | number | boolean | undefined | null>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(values)) if (value !== undefined && value !== null && value !== '' && value !== false) params.set(key, String(value));
  const text = params.toString();
  return text ? `?${text}` : '';
}
