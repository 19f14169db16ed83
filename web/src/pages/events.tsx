import { decodeForDisplay as clean } from '../../../src/text/normalize.ts';
import { useEffect, useMemo, useState } from 'preact/hooks';
import { api, queryString } from '../api.ts';
import { actorList } from '../components/event-table.tsx';
import { FilterCheck, FilterField, FilterForm, useFilters } from '../components/filter-form.tsx';
import { StatusChip } from '../components/status-chip.tsx';
import { eventPairHref } from '../pair-link.ts';
import { documentHref, Link, navigate } from '../router.tsx';
import { displayStatus } from '../status.ts';
import { STATUS_FILTERS, type EventPage, type StoredEventView } from '../types.ts';

const FILTERS = ['source', 'target', 'either', 'cameo', 'root', 'plover', 'status', 'from', 'to', 'text', 'merged'] as const;

type SortKey = 'day' | 'source' | 'cameo' | 'target' | 'status' | 'goldstein' | 'document';
const SORT_VALUE: Record<SortKey, (stored: StoredEventView) => string | number> = {
  day: (stored) => stored.day ?? '',
  source: (stored) => actorList(stored.event.source),
  cameo: (stored) => stored.event.cameo.code,
  target: (stored) => actorList(stored.event.target),
  status: (stored) => displayStatus(stored.event),
  goldstein: (stored) => stored.event.cameo.goldstein,
  document: (stored) => stored.documentId,
};

const PAGE_SIZE = 50;

/** The store's events with the store's filters, a page at a time; a click on a column sorts the page. */
export function EventsPage({ search }: { search: URLSearchParams }) {
  const { applied, actors, props } = useFilters(search, FILTERS);
  const offset = Number(search.get('offset') ?? 0) || 0;
  const [page, setPage] = useState<EventPage | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [sort, setSort] = useState<{ key: SortKey; descending: boolean }>({ key: 'day', descending: false });
  useEffect(() => {
    const controller = new AbortController();
    setError(null);
    api<EventPage>(`/api/events${queryString({ ...applied, limit: PAGE_SIZE, offset })}`, { signal: controller.signal })
      .then(setPage)
      .catch((failure: Error) => failure.name !== 'AbortError' && setError(failure.message));
    return () => controller.abort();
  }, [applied, offset]);

  const rows = useMemo(() => {
    const events = [...(page?.events ?? [])];
    const value = SORT_VALUE[sort.key];
    events.sort((a, b) => {
      const x = value(a);
      const y = value(b);
      const order = x < y ? -1 : x > y ? 1 : 0;
      return sort.descending ? -order : order;
    });
    return events;
  }, [page, sort]);

  const header = (key: SortKey, label: string) => (
    <th>
      <button type="button" class="sort" onClick={() => setSort({ key, descending: sort.key === key ? !sort.descending : false })}>
        {label}
        {sort.key === key ? (sort.descending ? ' ▼' : ' ▲') : ''}
      </button>
    </th>
  );

  return (
    <div class="page">
      <h1>Stored events</h1>
      <FilterForm path="/events" actors={actors} {...props}>
        <FilterField name="cameo" label="CAMEO" placeholder="03" {...props} />
        <FilterField name="plover" label="PLOVER" placeholder="AGREE" {...props} />
        <label>
          status
          <select name="status" value={props.form.status ?? ''} onChange={(event) => props.setForm({ ...props.form, status: (event.target as HTMLSelectElement).value })}>
            <option value="">any</option>
            {STATUS_FILTERS.map((status) => (
              <option key={status} value={status}>
                {status}
              </option>
            ))}
          </select>
        </label>
        <FilterField name="from" label="from" type="date" {...props} />
        <FilterField name="to" label="to" type="date" {...props} />
        <FilterField name="text" label="text search" placeholder="sanctions" {...props} />
        <FilterCheck name="merged" label="one per merged event" {...props} />
      </FilterForm>
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      {page && rows.length === 0 && <p class="empty">No stored event matches these filters.</p>}
      {rows.length > 0 && (
        <table class="events stored" data-testid="stored-events">
          <thead>
            <tr>
              {header('day', 'day')}
              {header('source', 'source')}
              {header('cameo', 'event')}
              {header('target', 'target')}
              {header('status', 'status')}
              {header('goldstein', 'Goldstein')}
              <th>evidence</th>
              {header('document', 'document')}
            </tr>
          </thead>
          <tbody>
            {rows.map((stored) => {
              const pair = eventPairHref(stored.event);
              return (
                <tr key={stored.event.id} data-status={displayStatus(stored.event)}>
                  <td>{stored.day ?? '—'}</td>
                  <td>{actorList(stored.event.source)}</td>
                  <td>
                    <span class="cameo">{stored.event.cameo.code}</span> {stored.event.cameo.name}
                    {stored.merged.mentions > 1 && <div class="merged">{stored.merged.mentions} reports, {stored.merged.independentSources} independent</div>}
                  </td>
                  <td>{actorList(stored.event.target)}</td>
                  <td>
                    <StatusChip status={displayStatus(stored.event)} />
                  </td>
                  <td>{stored.event.cameo.goldstein}</td>
                  <td class="evidence">
                    {stored.evidence.sentence ? clean(stored.evidence.sentence) : <q>{clean(stored.event.trigger.text)}</q>}
                    {stored.evidence.condition && <div class="condition-text">if: {clean(stored.evidence.condition)}</div>}
                  </td>
                  <td>
                    <Link href={documentHref(stored.documentId)}>{stored.documentId}</Link>
                    {pair && (
                      <div>
                        <Link href={pair}>pair</Link>
                      </div>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      {page && (offset > 0 || page.nextOffset !== null) && (
        <div class="pager">
          <button type="button" disabled={offset === 0} onClick={() => navigate(`/events${queryString({ ...applied, offset: Math.max(0, offset - PAGE_SIZE) || undefined })}`)}>
            ← previous
          </button>
          <span>
            events {offset + 1}–{offset + rows.length}
          </span>
          <button type="button" disabled={page.nextOffset === null} onClick={() => navigate(`/events${queryString({ ...applied, offset: page.nextOffset ?? undefined })}`)}>
            next →
          </button>
        </div>
      )}
    </div>
  );
}
