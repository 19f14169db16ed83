import { useState } from 'preact/hooks';
import { api } from '../api.ts';
import { Link } from '../router.tsx';

interface StoreResult {
  added: number;
  duplicates: number;
  conflicts: string[];
  events: number;
  nearDuplicates: number;
  undated?: number;
}

/** Documents sent per request (the API takes at most 100, and 4 MiB by default). */
const BATCH_DOCUMENTS = 20;
const BATCH_CHARACTERS = 1_500_000;

/** A text file as a document to store: JSONL files give one document a line, others one each. */
async function documentsOf(file: File): Promise<{ id?: string; title?: string; text: string; published?: string; url?: string; source?: string }[]> {
  const text = await file.text();
  if (/\.(jsonl|ndjson)$/i.test(file.name)) {
    return text
      .split('\n')
      .map((line, index) => ({ line: line.trim(), index }))
      .filter(({ line }) => line)
      .map(({ line, index }) => {
        try {
          return JSON.parse(line);
        } catch {
          throw new Error(`${file.name}:${index + 1}: not a JSON object`);
        }
      });
  }
  return [{ id: file.name, title: file.name, text }];
}

/** Store documents from the dashboard: upload files, paste a report, or ingest a feed or page by its address. */
export function StorePage() {
  const [results, setResults] = useState<string[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const [paste, setPaste] = useState({ title: '', text: '', published: '' });
  const [feed, setFeed] = useState({ url: '', published: '' });

  const run = async (label: string, work: () => Promise<string>) => {
    setBusy(label);
    setError(null);
    try {
      const summary = await work();
      setResults((previous) => [summary, ...previous]);
    } catch (failure) {
      setError((failure as Error).message);
    } finally {
      setBusy(null);
    }
  };
  const describe = (result: StoreResult) =>
    `${result.added} stored with ${result.events} events, ${result.duplicates} already stored, ${result.nearDuplicates} near-duplicates` +
    (result.conflicts.length ? `; skipped: ${result.conflicts.join('; ')}` : '') +
    (result.undated ? `; ${result.undated} without a publication date` : '');
  const storeDocuments = async (documents: Awaited<ReturnType<typeof documentsOf>>) => {
    const total: StoreResult = { added: 0, duplicates: 0, conflicts: [], events: 0, nearDuplicates: 0 };
    let batch: typeof documents = [];
    let size = 0;
    const send = async () => {
      if (!batch.length) return;
      const result = await api<StoreResult>('/api/documents', { method: 'POST', body: { documents: batch } });
      total.added += result.added;
      total.duplicates += result.duplicates;
      total.events += result.events;
      total.nearDuplicates += result.nearDuplicates;
      total.conflicts.push(...result.conflicts);
      batch = [];
      size = 0;
      setBusy(`Storing… ${total.added + total.duplicates} of ${documents.length} done`);
    };
    for (const document of documents) {
      if (batch.length >= BATCH_DOCUMENTS || size + document.text.length > BATCH_CHARACTERS) await send();
      batch.push(document);
      size += document.text.length;
    }
    await send();
    return total;
  };

  return (
    <div class="page">
      <h1>Store documents</h1>
      <p class="hint">
        Documents stored here are coded and added to the store: their events show on the <Link href="/overview">overview</Link> and <Link href="/events">events</Link> pages. A
        text stored already is skipped. To try a text without storing it, use the <Link href="/coder">coder</Link>.
      </p>
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      {busy && <p class="progress" role="status">{busy}</p>}
      <section class="store-section">
        <h2>Upload files</h2>
        <p class="hint">Text files (one document each) or JSONL files (one {'{"text", "id"?, "title"?, "published"?, "url"?, "source"?}'} a line).</p>
        <input
          type="file"
          name="files"
          multiple
          accept=".txt,.text,.md,.jsonl,.ndjson,text/plain"
          disabled={busy !== null}
          onChange={(event) => {
            const input = event.target as HTMLInputElement;
            const files = [...(input.files ?? [])];
            if (!files.length) return;
            void run('Reading files…', async () => {
              const documents = (await Promise.all(files.map(documentsOf))).flat();
              const result = await storeDocuments(documents);
              input.value = '';
              return `${files.map((file) => file.name).join(', ')}: ${describe(result)}`;
            });
          }}
        />
      </section>
      <section class="store-section">
        <h2>Paste a report</h2>
        <form
          onSubmit={(event) => {
            event.preventDefault();
            void run('Storing…', async () => {
              const document = { text: paste.text, ...(paste.title ? { title: paste.title } : {}), ...(paste.published ? { published: paste.published } : {}) };
              const result = await storeDocuments([document]);
              setPaste({ title: '', text: '', published: '' });
              return `${paste.title || 'pasted report'}: ${describe(result)}`;
            });
          }}
        >
          <div class="row">
            <label>
              title <input name="title" value={paste.title} onInput={(event) => setPaste({ ...paste, title: (event.target as HTMLInputElement).value })} />
            </label>
            <label>
              published <input type="date" name="published" value={paste.published} onInput={(event) => setPaste({ ...paste, published: (event.target as HTMLInputElement).value })} />
            </label>
          </div>
          <textarea name="text" aria-label="report to store" rows={6} placeholder="Paste a news report to store" value={paste.text} onInput={(event) => setPaste({ ...paste, text: (event.target as HTMLTextAreaElement).value })} />
          <div class="row">
            <button type="submit" disabled={busy !== null || paste.text.trim() === ''}>
              Store
            </button>
          </div>
        </form>
      </section>
      <section class="store-section">
        <h2>Add a feed</h2>
        <form
          onSubmit={(event) => {
            event.preventDefault();
            void run(`Fetching and coding ${feed.url}…`, async () => {
              const result = await api<StoreResult>('/api/feeds', { method: 'POST', body: { url: feed.url, ...(feed.published ? { published: feed.published } : {}) } });
              return `${feed.url}: ${describe(result)}`;
            });
          }}
        >
          <div class="row">
            <label class="wide">
              feed or page address <input type="url" name="url" required placeholder="https://example.org/world.rss" value={feed.url} onInput={(event) => setFeed({ ...feed, url: (event.target as HTMLInputElement).value })} />
            </label>
            <label>
              published, if the entries give none <input type="date" name="feed-published" value={feed.published} onInput={(event) => setFeed({ ...feed, published: (event.target as HTMLInputElement).value })} />
            </label>
            <button type="submit" disabled={busy !== null || !feed.url}>
              Ingest
            </button>
          </div>
        </form>
      </section>
      {results.length > 0 && (
        <section>
          <h2>Done</h2>
          <ul class="results" data-testid="store-results">
            {results.map((line, index) => (
              <li key={index}>{line}</li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
