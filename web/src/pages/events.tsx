import { decodeForDisplay as clean } from '../../../src/text/normalize.ts';
import { useEffect, useMemo, useState } from 'preact/hooks';
import { api, queryString } from '../api.ts';
import { ActorCodes, CameoCode } from '../components/actor-code.tsx';
import { DownloadLinks } from '../components/download-links.tsx';
import { FilterForm, filtersOf } from '../components/filter-form.tsx';
import { PAGE_SIZES, Pager } from '../components/pager.tsx';
import { StatusChip } from '../components/status-chip.tsx';
import { eventPairHref } from '../pair-link.ts';
import { documentHref, Link, navigate } from '../router.tsx';
import { displayStatus } from '../status.ts';
import type { EventPage } from '../types.ts';

const SORTS = ['day', 'source', 'cameo', 'target', 'status', 'goldstein', 'document'] as const;
type SortKey = (typeof SORTS)[number];

/** The store's events with the store's filters, sorted across all of them (newest first by default), a page at a time. */
export function EventsPage({ search }: { search: URLSearchParams }) {
  const applied = useMemo(() => filtersOf(search), [search.toString()]);
  const offset = Math.max(0, Number(search.get('offset') ?? 0) || 0);
  const size = PAGE_SIZES.find((value) => value === Number(search.get('limit'))) ?? 50;
  const sort: SortKey = SORTS.find((value) => value === search.get('sort')) ?? 'day';
  const order = search.get('order') === 'oldest' ? 'oldest' : 'newest';
  const [page, setPage] = useState<EventPage | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    const controller = new AbortController();
    setError(null);
    api<EventPage>(`/api/events${queryString({ ...applied, sort, order, limit: size, offset })}`, { signal: controller.signal })
      .then(setPage)
      .catch((failure: Error) => failure.name !== 'AbortError' && setError(failure.message));
    return () => controller.abort();
  }, [applied, offset, size, sort, order]);

  const go = (changes: { offset?: number; limit?: number; sort?: SortKey; order?: string }) => {
    const next = { sort, order, limit: size, offset, ...changes };
    navigate(
      `/events${queryString({
        ...applied,
        sort: next.sort === 'day' ? undefined : next.sort,
        order: next.order === 'newest' ? undefined : next.order,
        limit: next.limit === 50 ? undefined : next.limit,
        offset: next.offset || undefined,
      })}`,
    );
  };
  const header = (key: SortKey, label: string) => (
    <th aria-sort={sort === key ? (order === 'newest' ? 'descending' : 'ascending') : undefined}>
      <button type="button" class="sort" data-sort={key} onClick={() => go({ sort: key, order: sort === key ? (order === 'newest' ? 'oldest' : 'newest') : key === 'day' ? 'newest' : 'oldest', offset: 0 })}>
        {label}
        {sort === key ? (order === 'newest' ? ' ▼' : ' ▲') : ''}
      </button>
    </th>
  );
  const rows = page?.events ?? [];

  return (
    <div class="page">
      <h1>Stored events</h1>
      <FilterForm path="/events" applied={applied} extra={{ sort: sort === 'day' ? undefined : sort, order: order === 'newest' ? undefined : order }} />
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      {page && (
        <p class="total" data-testid="events-total">
          <strong>{page.total}</strong> event{page.total === 1 ? '' : 's'} match{page.total === 1 ? 'es' : ''}
          {rows.length > 0 && ` · showing ${offset + 1}–${offset + rows.length}`} · <Link href={`/overview${queryString(applied)}`}>overview and time series of these</Link>
        </p>
      )}
      {page && page.total > 0 && <DownloadLinks filters={{ ...applied, sort, order }} total={page.total} />}
      {page && page.total > 1 && (
        <p class="sort-select">
          <label>
            sort by{' '}
            <select name="sort" value={`${sort} ${order}`} onChange={(event) => {
              const [key, direction] = (event.target as HTMLSelectElement).value.split(' ');
              go({ sort: key as SortKey, order: direction, offset: 0 });
            }}>
              {SORTS.flatMap((key) =>
                (['newest', 'oldest'] as const).map((direction) => (
                  <option key={`${key} ${direction}`} value={`${key} ${direction}`}>
                    {key} {key === 'day' ? (direction === 'newest' ? '(newest first)' : '(oldest first)') : direction === 'newest' ? '(descending)' : '(ascending)'}
                  </option>
                )),
              )}
            </select>
          </label>
        </p>
      )}
      {page && rows.length === 0 && <p class="empty">No stored event matches these filters.</p>}
      {rows.length > 0 && (
        <table class="events stored cards" data-testid="stored-events">
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
                <tr key={stored.event.id} data-status={displayStatus(stored.event)} data-source={stored.event.source.map((actor) => actor.code).join(', ')}>
                  <td data-label="day">{stored.day ?? '—'}</td>
                  <td data-label="source" class="source">
                    <ActorCodes actors={stored.event.source} />
                  </td>
                  <td data-label="event">
                    <CameoCode code={stored.event.cameo.code} name={stored.event.cameo.name} />
                    {stored.event.plover && <span class="plover"> · {stored.event.plover.type}</span>}
                    {stored.merged.mentions > 1 && (
                      <div class="merged">
                        {stored.merged.mentions} reports, {stored.merged.independentSources} independent
                      </div>
                    )}
                  </td>
                  <td data-label="target">
                    <ActorCodes actors={stored.event.target} />
                  </td>
                  <td data-label="status">
                    <StatusChip status={displayStatus(stored.event)} />
                  </td>
                  <td data-label="Goldstein">{stored.event.cameo.goldstein}</td>
                  <td data-label="evidence" class="evidence">
                    {stored.evidence.sentence ? clean(stored.evidence.sentence) : <q>{clean(stored.event.trigger.text)}</q>}
                    {stored.evidence.condition && <div class="condition-text">if: {clean(stored.evidence.condition)}</div>}
                  </td>
                  <td data-label="document" class="document">
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
      {page && page.total > size && <Pager total={page.total} offset={offset} size={size} go={(next, limit) => go({ offset: next, limit })} />}
    </div>
  );
}
