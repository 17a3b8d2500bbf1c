// The one reader of a JSON request body: a JSON object, or a clear Danish 400. The services
// validate every field; this only refuses what is not an object at all.
import type { Context } from 'hono';
import { invalid } from '../../services/service-error.ts';
import type { WebEnv } from '../env.ts';

export async function jsonBody(c: Context<WebEnv>): Promise<Record<string, unknown>> {
  let body: unknown;
  try {
    body = await c.req.json();
  } catch {
    throw invalid([{ field: 'body', message: 'Forespørgslen skal indeholde gyldig JSON.' }]);
  }
  if (!isObject(body)) throw invalid([{ field: 'body', message: 'Forespørgslen skal være et JSON-objekt.' }]);
  return body;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
