// The one reader of a JSON request body (a JSON object, or a clear Danish 400) and of a query
// string, both checked against the use case's own options schema.
import type { Context } from 'hono';
import type { z } from 'zod';
import { parseOptions } from '../services/service-options.ts';
import { invalid } from '../services/service-error.ts';
import type { WebEnv } from './env.ts';

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

/**
 * The request's JSON object checked against the use case's own options schema: the same Danish
 * field errors the use case gives, and a value typed as its options (the use case parses again).
 */
export async function jsonOptions<S extends z.ZodType>(c: Context<WebEnv>, schema: S, fromPath: Record<string, string> = {}): Promise<z.input<S>> {
  const options: unknown = { ...(await jsonBody(c)), ...fromPath };
  if (conforms(schema, options)) return options;
  parseOptions(schema, options); // throws the field errors
  throw invalid([]);
}

/**
 * The query string as the use case's options: `queryNames` maps a field to the parameter that
 * carries it where the names differ. Errors are the use case's, as for a JSON body.
 */
export function queryOptions<S extends z.ZodType>(c: Context<WebEnv>, schema: S, queryNames: Record<string, string> = {}): z.input<S> {
  const query = c.req.query();
  const options: Record<string, string> = {};
  for (const [name, value] of Object.entries(query)) {
    const field = Object.keys(queryNames).find((f) => queryNames[f] === name) ?? name;
    options[field] = value;
  }
  if (conforms(schema, options)) return options;
  parseOptions(schema, options);
  throw invalid([]);
}

function conforms<S extends z.ZodType>(schema: S, value: unknown): value is z.input<S> {
  return schema.safeParse(value).success;
}
