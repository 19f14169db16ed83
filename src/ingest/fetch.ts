import { ParleyError } from '../core/errors.ts';

/** A fetched resource as text, with the URL it ended at and its content type. */
export interface FetchedText {
  url: string;
  contentType: string;
  text: string;
}

/** Fetches a URL as text, refusing bodies over `maxBytes` (declared or actual) and giving up after `timeoutMs`. */
export async function fetchText(url: string, maxBytes: number, timeoutMs = 30_000): Promise<FetchedText> {
  let response: Response;
  try {
    response = await fetch(url, { signal: AbortSignal.timeout(timeoutMs), headers: { accept: 'application/rss+xml, application/atom+xml, text/html, text/plain, */*' } });
  } catch (error) {
    const cause = (error as { cause?: { message?: string } }).cause?.message;
    throw new ParleyError('INPUT_INVALID', `cannot fetch: ${cause ?? (error as Error).message}`);
  }
  if (!response.ok) throw new ParleyError('INPUT_INVALID', `the server answered ${response.status} ${response.statusText}`);
  const declared = Number(response.headers.get('content-length') ?? NaN);
  if (declared > maxBytes) {
    await response.body?.cancel();
    throw new ParleyError('INPUT_TOO_LARGE', `the page is ${declared} bytes; the limit is ${maxBytes}`);
  }
  const chunks: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of response.body ?? []) {
    size += chunk.byteLength;
    if (size > maxBytes) throw new ParleyError('INPUT_TOO_LARGE', `the page is over ${maxBytes} bytes, the limit`);
    chunks.push(chunk);
  }
  return { url: response.url || url, contentType: response.headers.get('content-type') ?? '', text: Buffer.concat(chunks).toString('utf8') };
}
