/** Page sizes offered. */
export const PAGE_SIZES = [20, 50, 100, 200] as const;

/** Page numbers around the current page, with the first and last, and gaps as null. */
function pageNumbers(current: number, pages: number): (number | null)[] {
  const shown = new Set([1, pages, current - 2, current - 1, current, current + 1, current + 2].filter((page) => page >= 1 && page <= pages));
  const sorted = [...shown].sort((a, b) => a - b);
  return sorted.flatMap((page, index) => (index > 0 && page - sorted[index - 1] > 1 ? [null, page] : [page]));
}

/** Page numbers, previous and next, and the page size. */
export function Pager({ total, offset, size, go }: { total: number; offset: number; size: number; go: (offset: number, size: number) => void }) {
  const pages = Math.max(1, Math.ceil(total / size));
  const current = Math.floor(offset / size) + 1;
  return (
    <nav class="pager" aria-label="pages">
      <button type="button" disabled={current <= 1} onClick={() => go((current - 2) * size, size)}>
        ← previous
      </button>
      {pageNumbers(current, pages).map((page, index) =>
        page === null ? (
          <span key={`gap-${index}`}>…</span>
        ) : (
          <button type="button" key={page} class={page === current ? 'current' : undefined} aria-current={page === current ? 'page' : undefined} onClick={() => go((page - 1) * size, size)}>
            {page}
          </button>
        ),
      )}
      <button type="button" disabled={current >= pages} onClick={() => go(current * size, size)}>
        next →
      </button>
      <label class="page-size">
        per page
        <select name="limit" value={String(size)} onChange={(event) => go(0, Number((event.target as HTMLSelectElement).value))}>
          {PAGE_SIZES.map((value) => (
            <option key={value} value={String(value)}>
              {value}
            </option>
          ))}
        </select>
      </label>
    </nav>
  );
}
