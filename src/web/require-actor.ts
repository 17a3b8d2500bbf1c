// Pages and API routes that need a logged-in user call this first; what the user may do
// is decided by the services, not here.
import type { Context } from 'hono';
import type { Actor } from '../services/actor.ts';
import { ServiceError } from '../services/service-error.ts';
import type { WebEnv } from './env.ts';

export function requireActor(c: Context<WebEnv>): Actor {
  const actor = c.get('actor');
  if (!actor) throw new ServiceError('unauthenticated', 'Du skal logge ind.');
  return actor;
}

/** Form fields as strings; repeated fields (checkboxes) as arrays. */
export async function formData(c: Context<WebEnv>): Promise<Record<string, string | string[]>> {
  const body = await c.req.parseBody({ all: true });
  const out: Record<string, string | string[]> = {};
  for (const [key, value] of Object.entries(body)) {
    if (key === '_csrf') continue;
    if (Array.isArray(value)) out[key] = value.filter((v): v is string => typeof v === 'string');
    else if (typeof value === 'string') out[key] = value;
  }
  return out;
}

/** An uploaded file of a multipart form, read into memory (the body limit bounds it); undefined when none was chosen. */
export async function formFile(c: Context<WebEnv>, name: string): Promise<{ name: string; data: Uint8Array } | undefined> {
  return (await formFiles(c, name))[0];
}

/** Every file uploaded under one name (an input with `multiple`), read into memory; empty choices left out. */
export async function formFiles(c: Context<WebEnv>, name: string): Promise<{ name: string; data: Uint8Array }[]> {
  const value = (await c.req.parseBody({ all: true }))[name];
  const files = (Array.isArray(value) ? value : [value]).filter((v): v is File => v instanceof File && v.name !== '');
  return Promise.all(files.map(async (f) => ({ name: f.name, data: new Uint8Array(await f.arrayBuffer()) })));
}
