// The public open-data export changes only when a report is sent or a provider is registered, so the
// whole (unfiltered) CSV is built once per change and served from memory with an ETag and
// Last-Modified; a client that has it gets 304. Concurrent requests while it is built wait for the
// one build.
import { createHash } from 'node:crypto';
import { count, max } from 'drizzle-orm';
import { providers, reportDispatches } from '../../storage/schema.ts';
import type { ServiceContext } from '../context.ts';
import { openDataCsvChunks } from './export-open-data.ts';

export type OpenDataVersion = { etag: string; lastModified: Date };
type Cached = { etag: string; body: Promise<Uint8Array<ArrayBuffer>> };

const cache = new WeakMap<ServiceContext, Cached>();

/** What the export depends on: the newest dispatch and the providers (how many, the newest). */
export async function openDataVersion(ctx: ServiceContext): Promise<OpenDataVersion> {
  const [[sent], [registered]] = await Promise.all([
    ctx.db.select({ at: max(reportDispatches.sentAt), n: count() }).from(reportDispatches),
    ctx.db.select({ at: max(providers.createdAt), n: count() }).from(providers),
  ]);
  const times = [sent?.at, registered?.at].filter((t): t is Date => t instanceof Date);
  const lastModified = new Date(Math.max(0, ...times.map((t) => t.getTime())));
  const key = [sent?.at?.toISOString(), sent?.n, registered?.at?.toISOString(), registered?.n].join('|');
  return { etag: `"${createHash('sha256').update(key).digest('hex').slice(0, 32)}"`, lastModified };
}

/** The whole export for this version, built once. */
export function cachedOpenDataCsv(ctx: ServiceContext, version: OpenDataVersion): Promise<Uint8Array<ArrayBuffer>> {
  const hit = cache.get(ctx);
  if (hit?.etag === version.etag) return hit.body;
  const body = (async () => {
    const parts: Buffer[] = [];
    for await (const chunk of await openDataCsvChunks(ctx)) parts.push(Buffer.from(chunk, 'utf8'));
    return new Uint8Array(Buffer.concat(parts));
  })();
  cache.set(ctx, { etag: version.etag, body });
  body.catch(() => cache.delete(ctx));
  return body;
}
