// A service call refused with this error code — and, when given, naming this field (a string) or
// with a field message matching this pattern.
import assert from 'node:assert/strict';
import { ServiceError } from '../../src/services/service-error.ts';

export const refusedWith = (p: Promise<unknown>, code: ServiceError['code'], fieldOrMessage?: string | RegExp) =>
  assert.rejects(p, (e: unknown) =>
    e instanceof ServiceError && e.code === code &&
    (fieldOrMessage === undefined || e.fields.some((f) => (typeof fieldOrMessage === 'string' ? f.field === fieldOrMessage : fieldOrMessage.test(f.message)))));
