import { queryString } from '../api.ts';

const FORMATS = [
  { format: 'csv', label: 'CSV' },
  { format: 'jsonl', label: 'JSONL' },
  { format: 'plover', label: 'PLOVER JSON' },
] as const;

/**
 * Links that download every event the filters pick (not only the page shown), from GET /api/export.
 * With a token the browser cannot send a header on a plain link, so the download is fetched and saved.
 */
export function DownloadLinks({ filters, total }: { filters: Record<string, string | undefined>; total?: number }) {
  return (
    <p class="downloads" data-testid="downloads">
      Download {total === undefined ? 'these events' : `all ${total} events`}:{' '}
      {FORMATS.map((entry, index) => (
        <span key={entry.format}>
          {index > 0 && ' · '}
          <a href={`/api/export${queryString({ ...filters, format: entry.format })}`} download data-format={entry.format} onClick={(event) => saveWithToken(event, event.currentTarget.href)}>
            {entry.label}
          </a>
        </span>
      ))}
    </p>
  );
}

/** When the dashboard holds a token, fetches the download with it and saves the file; otherwise the link does it. */
function saveWithToken(event: MouseEvent, href: string): void {
  const token = sessionStorage.getItem('parley-token');
  if (!token) return;
  event.preventDefault();
  void fetch(href, { headers: { authorization: `Bearer ${token}` } }).then(async (response) => {
    const name = /filename="([^"]+)"/.exec(response.headers.get('content-disposition') ?? '')?.[1] ?? 'parley-events';
    const url = URL.createObjectURL(await response.blob());
    const link = Object.assign(document.createElement('a'), { href: url, download: name });
    link.click();
    URL.revokeObjectURL(url);
  });
}
