// What the inspection use cases share: the value sets, option parsing with Danish field
// messages, loading an inspection, dates in Danish time, and the version bump.
import { type InspectionStatus } from '../../core/vocabulary.ts';
import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import { inspections } from '../../storage/schema.ts';
import type { Db, Tx } from '../../storage/database.ts';
import type { Target } from '../permissions.ts';
import { conflict, notFound } from '../service-error.ts';
import { isIsoDate } from '../../core/calendar.ts';
import { isUuid, parseOptions } from '../service-options.ts';

export { conflict, isUuid, parseOptions };

export const VISIT_OUTCOMES = ['held', 'aborted'] as const;
export type VisitOutcome = (typeof VISIT_OUTCOMES)[number];

/** The reason on the risk entry every new inspection starts with. */
export const FIRST_RISK_REASON = 'Første risikovurdering';

/** Status changes an inspection allows; completed and cancelled are final. */
export const STATUS_TRANSITIONS: Record<InspectionStatus, InspectionStatus[]> = {
  planned: ['in_progress', 'cancelled'],
  in_progress: ['completed', 'cancelled'],
  completed: [],
  cancelled: [],
};

export type InspectionRow = typeof inspections.$inferSelect;




/** A required date field. */
export const dateField = (message: string) =>
  z.string({ error: message }).trim().refine(isIsoDate, { error: message });

/** An optional date field: empty, null or absent means none. */
export const optionalDateField = (message: string) =>
  z
    .union([z.string(), z.null()], { error: message }).optional()
    .transform((v) => (typeof v === 'string' ? v.trim() : ''))
    .refine((v) => v === '' || isIsoDate(v), { error: message })
    .transform((v) => (v === '' ? null : v));

/** Optional free text, trimmed; absent means empty. */
export const noteField = (label: string, max = 4000) =>
  z
    .union([z.string(), z.null()], { error: `${label} skal være tekst.` }).optional()
    .transform((v) => (v ?? '').trim())
    .refine((v) => v.length <= max, { error: `${label} må højst være ${max} tegn.` });



export async function loadInspection(db: Db | Tx, inspectionId: unknown): Promise<InspectionRow> {
  if (!isUuid(inspectionId)) throw notFound('Tilsynet');
  const [row] = await db.select().from(inspections).where(eq(inspections.id, inspectionId));
  if (!row) throw notFound('Tilsynet');
  return row;
}

export const targetOf = (row: Pick<InspectionRow, 'authorityId' | 'providerId' | 'fosterFamilyId'>): Target => ({
  authorityId: row.authorityId,
  providerId: row.providerId,
  fosterFamilyId: row.fosterFamilyId,
});



const STATUS_NAME: Record<InspectionStatus, string> = { planned: 'planlagt', in_progress: 'i gang', completed: 'afsluttet', cancelled: 'aflyst' };

/** Visits, risk and follow-ups change only while the inspection is planned or in progress. */
export function assertOpen(row: InspectionRow, options: { allowCompleted?: boolean } = {}): void {
  const status = row.status;
  if (status === 'cancelled' || (status === 'completed' && !options.allowCompleted)) {
    throw conflict(`Tilsynet er ${STATUS_NAME[status]} og kan ikke ændres.`);
  }
}

/** Optimistic concurrency: a write that names the version it started from must still see it. */
export function assertVersion(row: InspectionRow, expectedVersion: number | null | undefined): void {
  if (expectedVersion != null && expectedVersion !== row.version) {
    throw conflict('Tilsynet er blevet ændret af en anden, siden du åbnede det. Genindlæs siden og prøv igen.');
  }
}

/**
 * The inspection changed: one version up and a new updated_at; returns the row after.
 * Refuses (conflict) when someone else changed it since `row` was loaded.
 */
export async function bumpInspection(tx: Tx, row: InspectionRow, now: Date, changes: Partial<Pick<InspectionRow, 'status' | 'risk' | 'deskBasedReason' | 'leadInspectorId' | 'plannedFrom' | 'plannedTo'>> = {}): Promise<InspectionRow> {
  const [after] = await tx
    .update(inspections)
    .set({ ...changes, version: row.version + 1, updatedAt: now })
    .where(and(eq(inspections.id, row.id), eq(inspections.version, row.version)))
    .returning();
  if (!after) throw conflict('Tilsynet er blevet ændret af en anden i mellemtiden. Genindlæs siden og prøv igen.');
  return after;
}

export const expectedVersionField = z
  .union([z.number(), z.null()], { error: 'Versionen skal være et tal.' }).optional()
  .refine((v) => v == null || Number.isInteger(v), { error: 'Versionen skal være et heltal.' });
