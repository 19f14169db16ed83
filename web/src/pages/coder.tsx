import { useState } from 'preact/hooks';
import { api } from '../api.ts';
import { CodedDocument } from '../components/coded-document.tsx';
import type { DocumentView } from '../types.ts';

/** Paste a report, code it (nothing is stored), and read its events against the text. */
export function CoderPage() {
  const [text, setText] = useState('');
  const [published, setPublished] = useState('');
  const [document, setDocument] = useState<DocumentView | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const code = async (event: Event) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const body = { text, ...(published ? { published } : {}) };
      setDocument((await api<{ document: DocumentView }>('/api/code', { method: 'POST', body })).document);
    } catch (failure) {
      setError((failure as Error).message);
    } finally {
      setBusy(false);
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
        <div class="row">
          <label>
            published <input type="date" name="published" value={published} onInput={(event) => setPublished((event.target as HTMLInputElement).value)} />
          </label>
          <button type="submit" disabled={busy || text.trim() === ''}>
            {busy ? 'Coding…' : 'Code'}
          </button>
          <span class="hint">Nothing is stored: coding here is a preview.</span>
        </div>
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
