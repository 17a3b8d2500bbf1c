// The web application's log: one JSON object per line (time, level, message, request id, …).
// JSON escapes control characters, so nothing from a request (a path with CR/LF, say) can forge
// a line of its own; personal data and query parameters are never put in an entry.
import { randomUUID } from 'node:crypto';
import { createMiddleware } from 'hono/factory';
import type { WebEnv } from './env.ts';

export type LogEntry = { level: 'info' | 'warn' | 'error'; msg: string; requestId?: string; [field: string]: unknown };
export type Log = (entry: LogEntry) => void;

export const jsonLog: Log = (entry) => {
  process.stderr.write(`${JSON.stringify({ time: new Date().toISOString(), ...entry })}\n`);
};

/** Every request gets an id, sent back as X-Request-Id, so a user's report can be found in the log. */
export const requestIdMiddleware = createMiddleware<WebEnv>(async (c, next) => {
  const id = randomUUID();
  c.set('requestId', id);
  c.header('X-Request-Id', id);
  await next();
});

/** What is logged of an unexpected error: never query parameters (they may hold tokens or personal data). */
export function describeError(err: unknown): string {
  const e = err as { name?: string; message?: string; cause?: { message?: string } };
  const strip = (m: string | undefined) => (m ?? '').split(/\nparams:/)[0]!.trim();
  return [e.name ?? 'Error', strip(e.message), e.cause?.message ? `(${strip(e.cause.message)})` : ''].filter(Boolean).join(': ');
}
