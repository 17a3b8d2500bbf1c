// The post–redirect–get of a form: a write that succeeds redirects (303); a form error (invalid)
// renders the page again with the messages (400); anything else propagates to the error page.
import type { Context } from 'hono';
import type { WebEnv } from './env.ts';
import { ServiceError, type FieldIssue } from '../services/service-error.ts';

export async function writeThenRedirect(c: Context<WebEnv>, write: () => Promise<unknown>, page: (issues: FieldIssue[]) => Promise<string | Promise<string>>, next: string | (() => string)) {
  try {
    await write();
  } catch (e) {
    if (!(e instanceof ServiceError && e.code === 'invalid')) throw e;
    return c.html(await page(e.fields), 400);
  }
  return c.redirect(typeof next === 'string' ? next : next(), 303);
}

/** A form error's field issues; anything but `invalid` is thrown on (to the error page). */
export function fieldIssues(e: unknown): FieldIssue[] {
  if (e instanceof ServiceError && e.code === 'invalid') return e.fields;
  throw e;
}

/** A page's read with the query string's filters: its value, or — for a bad filter or page — the fallback and the field errors. */
export async function readOrIssues<T>(read: () => Promise<T>, fallback: () => T | Promise<T>): Promise<{ value: T; issues: FieldIssue[] }> {
  try {
    return { value: await read(), issues: [] };
  } catch (e) {
    const issues = fieldIssues(e);
    return { value: await fallback(), issues };
  }
}

/** A form's single-valued fields (what a page shows back after an error). */
export const textFields = (form: Record<string, string | string[]>): Record<string, string> =>
  Object.fromEntries(Object.entries(form).flatMap(([k, v]) => (typeof v === 'string' ? [[k, v]] : [])));

/** A repeated field (checkboxes) as a list, whether none, one or many were checked. */
export const formList = (form: Record<string, string | string[]>, key: string): string[] => {
  const value = form[key];
  return Array.isArray(value) ? value : typeof value === 'string' ? [value] : [];
};
