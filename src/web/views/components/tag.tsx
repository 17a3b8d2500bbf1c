// A short status label (DKFDS badge): risk, report status, "ny".
import type { Child } from 'hono/jsx';

export type TagKind = 'info' | 'success' | 'warning' | 'error' | 'neutral';

export function Tag({ kind = 'neutral', children }: { kind?: TagKind; children: Child }) {
  return <span class={kind === 'neutral' ? 'badge' : `badge badge-${kind}`}>{children}</span>;
}
