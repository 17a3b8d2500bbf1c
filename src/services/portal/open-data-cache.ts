// The whole (unfiltered) open-data CSV is built once per change and served from memory, plain and
// gzip-compressed, with an ETag and Last-Modified; a client that has it gets 304. What it shows
// changes when a provider, a decision or a report dispatch is written (counted by triggers in
// open_data_changes, migration 0031) and with the day (enhanced supervision is shown while in
// force), so its version is one row and today's date. Concurrent requests while it is built wait
// for the one build.
import { createHash } from 'node:crypto';
import { promisify } from 'node:util';
import { gzip } from 'node:zlib';
import { todayInDenmark } from '../../core/calendar.ts';
import { openDataChanges } from '../../storage/schema.ts';
import type { ServiceContext } from '../context.ts';
import { openDataCsvChunks } from './export-open-data.ts';

export type OpenDataVersion = { etag: string; lastModified: Date };
export type OpenDataFile = { plain: Uint8Array<ArrayBuffer>; gzip: Uint8Array<ArrayBuffer> };
type Cached = { etag: string; file: Promise<OpenDataFile> };

const cache = new WeakMap<ServiceContext, Cached>();
const compress = promisify(gzip);

/** The export's version: the count of changes to what it shows, when the last was made, and today. */
export async function openDataVersion(ctx: ServiceContext): Promise<OpenDataVersion> {
  const [changes] = await ctx.db.select({ version: openDataChanges.version, changedAt: openDataChanges.changedAt }).from(openDataChanges);
  const changedAt = changes?.changedAt ?? new Date(0);
  const key = [changes?.version ?? 0, changedAt.toISOString(), todayInDenmark(ctx.now())].join('|');
  return { etag: `"${createHash('sha256').update(key).digest('hex').slice(0, 32)}"`, lastModified: changedAt };
}

/** The whole export for this version, built (and compressed) once. */
export function cachedOpenDataFile(ctx: ServiceContext, version: OpenDataVersion): Promise<OpenDataFile> {
  const hit = cache.get(ctx);
  if (hit?.etag === version.etag) return hit.file;
  const file = (async () => {
    const parts: Buffer[] = [];
    for await (const chunk of await openDataCsvChunks(ctx)) parts.push(Buffer.from(chunk, 'utf8'));
    const plain = Buffer.concat(parts);
    return { plain: new Uint8Array(plain), gzip: new Uint8Array(await compress(plain)) };
  })();
  cache.set(ctx, { etag: version.etag, file });
  file.catch(() => cache.delete(ctx));
  return file;
}
