// Facts as term–value pairs (a description list), e.g. an inspection's phase, status and risk.
import type { Child } from 'hono/jsx';

export function SummaryList({ items, label }: { items: [Child, Child][]; label?: string }) {
  return (
    <dl class="summary-list" aria-label={label}>
      {items.map(([term, value]) => <SummaryRow term={term}>{value}</SummaryRow>)}
    </dl>
  );
}

/** One row of a summary list, for lists written out row by row (`<dl class="summary-list">`). */
export function SummaryRow({ term, children }: { term: Child; children?: Child }) {
  return (
    <div class="summary-list-row">
      <dt>{term}</dt>
      <dd>{children}</dd>
    </div>
  );
}
