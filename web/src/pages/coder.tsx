import { useEffect, useRef, useState } from 'preact/hooks';
import { api, ApiError, apiStream } from '../api.ts';
import { CodedDocument } from '../components/coded-document.tsx';
import type { DocumentView } from '../types.ts';

/** The server's limits on a text to code (GET /api/health). */
interface Limits {
  maxBodyBytes: number;
  maxTextLength: number;
  chunkCharacters: number;
}

/** How far the server is with a text it codes in parts. */
interface Progress {
  done: number;
  total: number;
  characters: number;
  totalCharacters: number;
}

const numbers = new Intl.NumberFormat('en');

/** What is wrong with sending `text` under `limits`, before it is sent; null when it can be sent. */
function overLimit(text: string, body: unknown, limits: Limits | null): string | null {
  if (!limits) return null;
  if (text.length > limits.maxTextLength) {
    return `This text is ${numbers.format(text.length)} characters long; the server codes at most ${numbers.format(limits.maxTextLength)} at once. Split it into several reports.`;
  }
  const bytes = new Blob([JSON.stringify(body)]).size;
  if (bytes > limits.maxBodyBytes) {
    return `This text makes a request of ${numbers.format(bytes)} bytes; the server accepts at most ${numbers.format(limits.maxBodyBytes)}. Split it into several reports.`;
  }
  return null;
}

/** Paste a report, code it (nothing is stored), and read its events against the text. Long texts are coded in parts, with progress and a cancel button. */
export function CoderPage() {
  const [text, setText] = useState('');
  const [published, setPublished] = useState('');
  const [document, setDocument] = useState<DocumentView | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [progress, setProgress] = useState<Progress | null>(null);
  const [limits, setLimits] = useState<Limits | null>(null);
  const running = useRef<AbortController | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    api<{ limits?: Limits }>('/api/health')
      .then((health) => setLimits(health.limits ?? null))
      .catch(() => setLimits(null));
    return () => running.current?.abort();
  }, []);

  const body = { text, ...(published ? { published } : {}) };
  const tooLarge = overLimit(text, body, limits);

  const code = async (event: Event) => {
    event.preventDefault();
    if (tooLarge) return;
    const controller = new AbortController();
    running.current = controller;
    setBusy(true);
    setError(null);
    setProgress(null);
    setDocument(null);
    try {
      const result = await apiStream<{ document: DocumentView }, Progress>('/api/code', { body, signal: controller.signal, onProgress: setProgress });
      setDocument(result.document);
    } catch (failure) {
      if (controller.signal.aborted) setError('Cancelled: the server has stopped coding this text.');
      else if (failure instanceof ApiError && failure.code === 'BUSY') setError(`The server is busy: ${failure.message}`);
      else setError((failure as Error).message);
    } finally {
      running.current = null;
      setBusy(false);
      setProgress(null);
    }
  };

  return (
    <div class="page">
      <h1>Code a report</h1>
      <form class="coder-form" onSubmit={code}>
        <textarea
          name="text"
          aria-label="report text"
          placeholder="Paste a news report here"
          value={text}
          rows={8}
          onInput={(event) => setText((event.target as HTMLTextAreaElement).value)}
        />
        <p class={tooLarge ? 'error' : 'hint'} data-testid="text-limit" role={tooLarge ? 'alert' : undefined}>
          {tooLarge ??
            (limits
              ? `${numbers.format(text.length)} of at most ${numbers.format(limits.maxTextLength)} characters` +
                (text.length > limits.chunkCharacters ? `; coded in ${Math.ceil(text.length / limits.chunkCharacters)} or more parts of about ${numbers.format(limits.chunkCharacters)}` : '')
              : `${numbers.format(text.length)} characters`)}
        </p>
        <div class="row">
          <label>
            published <input type="date" name="published" value={published} onInput={(event) => setPublished((event.target as HTMLInputElement).value)} />
          </label>
          <button type="submit" disabled={busy || text.trim() === '' || tooLarge !== null}>
            {busy ? 'Coding…' : 'Code'}
          </button>
          {busy && (
            <button type="button" class="cancel" onClick={() => running.current?.abort()}>
              Cancel
            </button>
          )}
          <span class="hint">Nothing is stored: coding here is a preview.</span>
        </div>
        {busy && progress && progress.total > 1 && (
          <p class="progress" role="status" data-testid="coding-progress">
            <progress value={progress.characters} max={progress.totalCharacters} /> part {progress.done} of {progress.total} coded (
            {Math.round((100 * progress.characters) / progress.totalCharacters)}%)
          </p>
        )}
      </form>
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      {document && <CodedDocument document={document} />}
    </div>
  );
}
