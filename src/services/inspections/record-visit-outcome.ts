// Records how a planned visit went: held, or aborted on arrival because most data could not be
// collected. An aborted visit does not count as a held visit; what it missed is collected
// afterwards (add-follow-up).
import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import { visits } from '../../storage/schema.ts';
import type { ServiceContext } from '../context.ts';
import type { Actor } from '../actor.ts';
import { authorize } from '../permissions.ts';
import { recordAudit } from '../audit.ts';
import { invalid, notFound } from '../service-error.ts';
import { assertOpen, bumpInspection, conflict, isUuid, loadInspection, noteField, parseOptions, targetOf, VISIT_OUTCOMES } from './shared.ts';
import type { VisitRow } from './add-visit.ts';

export type RecordVisitOutcomeOptions = z.input<typeof recordVisitOutcomeSchema>;

export const recordVisitOutcomeSchema = z.object({
  inspectionId: z.string({ error: 'Tilsynet skal angives.' }),
  visitId: z.string({ error: 'Besøget skal angives.' }),
  outcome: z.enum(VISIT_OUTCOMES, { error: 'Udfald skal være afholdt eller afbrudt.' }),
  note: noteField('Note'),
});

export async function recordVisitOutcome(ctx: ServiceContext, actor: Actor, options: RecordVisitOutcomeOptions): Promise<VisitRow> {
  const input = parseOptions(recordVisitOutcomeSchema, options);
  if (input.outcome === 'aborted' && input.note === '') {
    throw invalid([{ field: 'note', message: 'Note skal udfyldes, når besøget er afbrudt: skriv hvorfor.' }]);
  }
  const inspection = await loadInspection(ctx.db, input.inspectionId);
  if (!isUuid(input.visitId)) throw notFound('Besøget');
  const [before] = await ctx.db.select().from(visits).where(and(eq(visits.id, input.visitId), eq(visits.inspectionId, inspection.id)));
  if (!before) throw notFound('Besøget');
  authorize(actor, 'inspection.write', targetOf(inspection));
  assertOpen(inspection);
  if (before.status !== 'planned') {
    throw conflict(before.status === 'held' ? 'Besøget er allerede registreret som afholdt.' : 'Besøget er allerede registreret som afbrudt.');
  }
  return ctx.db.transaction(async (tx) => {
    const [after] = await tx
      .update(visits)
      .set({ status: input.outcome, note: input.note === '' ? before.note : input.note })
      .where(and(eq(visits.id, before.id), eq(visits.status, 'planned')))
      .returning();
    if (!after) throw conflict('Besøget er blevet registreret af en anden i mellemtiden.');
    await bumpInspection(tx, inspection, ctx.now());
    await recordAudit(tx, actor, { action: `visit.${input.outcome}`, entityType: 'visit', entityId: before.id, before, after });
    return after;
  });
}
