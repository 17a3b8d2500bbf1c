// Server-side paging in DKFDS markup: previous/next and the page numbers around the current one,
// with the total. Plain links, so it works without JavaScript.
export type PaginationProps = {
  page: number;
  pageCount: number;
  total: number;
  href: (page: number) => string;
  /** What is counted: "tilsyn", "tilbud" … */
  noun: string;
};

/** A list's address with its filters on a page: shareable, and the same for every page link. Empty filters are left out. */
export function pageHref(path: string, filters: Record<string, string>, page: number, pageName = 'page'): string {
  const query = new URLSearchParams(Object.entries({ ...filters, [pageName]: page > 1 ? String(page) : '' }).filter(([, v]) => v.trim() !== '')).toString();
  return query ? `${path}?${query}` : path;
}

/** "51–100 af 583": the rows this page shows. */
export const pageRange = (list: { page: number; pageSize: number; items: unknown[]; total: number }) =>
  `${(list.page - 1) * list.pageSize + 1}–${(list.page - 1) * list.pageSize + list.items.length} af ${list.total}`;

/** The page numbers to show: first, last, and two on each side of the current; null marks a gap. */
export function pageWindow(page: number, pageCount: number): (number | null)[] {
  const wanted = new Set([1, pageCount, page - 2, page - 1, page, page + 1, page + 2].filter((n) => n >= 1 && n <= pageCount));
  const sorted = [...wanted].sort((a, b) => a - b);
  const out: (number | null)[] = [];
  sorted.forEach((n, i) => {
    const previous = sorted[i - 1];
    if (previous !== undefined && n - previous > 1) out.push(null);
    out.push(n);
  });
  return out;
}

export function Pagination({ page, pageCount, total, href, noun }: PaginationProps) {
  return (
    <nav class="pagination" aria-label="Sidenavigation">
      <p class="pagination-total">{total} {noun} · side {page} af {Math.max(1, pageCount)}</p>
      {pageCount > 1 && (
        <ul class="pagination__items">
          {page > 1 && <li class="pagination-item"><a class="pagination-nav-link" href={href(page - 1)}>Forrige side</a></li>}
          {pageWindow(page, pageCount).map((n) =>
            n === null ? (
              <li class="pagination-item pagination-overflow" aria-hidden="true"><span>…</span></li>
            ) : (
              <li class="pagination-item">
                {n === page
                  ? <a class="button button-secondary pagination-number current-page" href={href(n)} aria-current="page" aria-label={`Side ${n}`}>{n}</a>
                  : <a class="button button-secondary pagination-number" href={href(n)} aria-label={`Side ${n}`}>{n}</a>}
              </li>
            ),
          )}
          {page < pageCount && <li class="pagination-item"><a class="pagination-nav-link" href={href(page + 1)}>Næste side</a></li>}
        </ul>
      )}
    </nav>
  );
}
