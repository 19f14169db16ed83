import { decodeForDisplay as clean } from '../../../src/text/normalize.ts';
import { useEffect, useState } from 'preact/hooks';
import { api } from '../api.ts';
import { CodedDocument } from '../components/coded-document.tsx';
import type { StoredDocumentView } from '../types.ts';

/** Only web addresses become links: a stored `javascript:` URL stays text. */
export function safeHref(url: string | null): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null;
  } catch {
    return null;
  }
}

/** A stored document with every event's evidence highlighted. */
export function DocumentPage({ id }: { id: string }) {
  const [stored, setStored] = useState<StoredDocumentView | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    const controller = new AbortController();
    setStored(null);
    setError(null);
    api<StoredDocumentView>(`/api/documents/${encodeURIComponent(id)}`, { signal: controller.signal })
      .then(setStored)
      .catch((failure: Error) => failure.name !== 'AbortError' && setError(failure.message));
    return () => controller.abort();
  }, [id]);

  if (error)
    return (
      <div class="page">
        <p class="error" role="alert">
          {error}
        </p>
      </div>
    );
  if (!stored) return <div class="page">Loading…</div>;
  const href = safeHref(stored.url);
  return (
    <div class="page">
      <h1>{clean(stored.title ?? stored.document.id)}</h1>
      <p class="meta">
        <span>id {stored.document.id}</span>
        {stored.outlet && <span>{stored.outlet}</span>}
        {stored.document.published && <span>published {stored.document.published}</span>}
        {href ? (
          <a href={href} rel="noopener noreferrer nofollow" target="_blank">
            {stored.url}
          </a>
        ) : (
          stored.url && <span>{stored.url}</span>
        )}
        <span>from {stored.origin}</span>
        {stored.duplicateOf && <span>near-duplicate of {stored.duplicateOf}</span>}
      </p>
      <CodedDocument document={stored.document} />
    </div>
  );
}
