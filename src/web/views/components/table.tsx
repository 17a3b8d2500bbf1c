// A data table in DKFDS markup: always a caption (what the table shows), column headers with
// scope, an optional row header per row, and a scroll container so a wide table never makes the
// page scroll sideways at 320 px (and can itself be scrolled by keyboard).
import type { Child } from 'hono/jsx';

export type TableProps = {
  /** What the table shows; also the name of its scroll region. */
  caption: string;
  head: Child[];
  rows: Child[][];
  /** The first cell of every row names the row (th scope="row"). */
  rowHeaders?: boolean;
  compact?: boolean;
  /** The heading just above already says what the table shows: the caption is for screen readers only. */
  captionHidden?: boolean;
};

/**
 * Where a wide table scrolls by itself, so the page never scrolls sideways at 320 px. A region
 * that scrolls must be reachable by keyboard (axe: scrollable-region-focusable), so it is focusable
 * and named (by the table's caption).
 */
export function ScrollRegion({ label, children }: { label: string; children: Child }) {
  return (
    <div class="table--responsive-scroll" role="region" aria-label={label} tabindex={0}>
      {children}
    </div>
  );
}

export function Table({ caption, head, rows, rowHeaders = false, compact = true, captionHidden = false }: TableProps) {
  return (
    <ScrollRegion label={caption}>
      <table class={compact ? 'table table--compact' : 'table'}>
        <caption class={captionHidden ? 'sr-only' : undefined}>{caption}</caption>
        <thead>
          <tr>{head.map((h) => <th scope="col">{h}</th>)}</tr>
        </thead>
        <tbody>
          {rows.map((cells) => (
            <tr>{cells.map((cell, i) => (i === 0 && rowHeaders ? <th scope="row">{cell}</th> : <td>{cell}</td>))}</tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
