// Facts as term–value pairs (a description list), e.g. an inspection's phase, status and risk.
import type { Child } from 'hono/jsx';

export function SummaryList({ items, label }: { items: [Child, Child][]; label?: string }) {
  return (
    <dl class="summary-list" aria-label={label}>
      {items.map(([term, value]) => (
        <div class="summary-list-row">
          <dt>{term}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
