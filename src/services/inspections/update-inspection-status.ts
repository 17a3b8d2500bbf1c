// Moves an inspection on: planned → in progress → completed, or cancelled while not completed.
import { z } from 'zod';
import type { ServiceContext } from '../context.ts';
import type { Actor } from '../actor.ts';
import { authorize } from '../permissions.ts';
import { recordAudit } from '../audit.ts';
import { invalid } from '../service-error.ts';
import { assertVersion, bumpInspection, expectedVersionField, loadInspection, parseOptions, STATUS_TRANSITIONS, targetOf, type InspectionRow } from './shared.ts';
import { INSPECTION_STATUSES, type InspectionStatus } from '../../core/vocabulary.ts';
import { lacksHeldVisit, NO_HELD_VISIT } from './visit-rule.ts';
import { loadRiskFacts } from './risk-facts.ts';
import { riskNotices } from '../../core/assessment/risk-rules.ts';

export type UpdateInspectionStatusOptions = z.input<typeof updateInspectionStatusSchema>;

const STATUS_TEXT: Record<InspectionStatus, string> = { planned: 'planlagt', in_progress: 'i gang', completed: 'afsluttet', cancelled: 'aflyst' };

export const updateInspectionStatusSchema = z.object({
  inspectionId: z.string({ error: 'Tilsynet skal angives.' }),
  status: z.enum(INSPECTION_STATUSES, { error: 'Status skal være planlagt, i gang, afsluttet eller aflyst.' }),
  expectedVersion: expectedVersionField,
});

export async function updateInspectionStatus(ctx: ServiceContext, actor: Actor, options: UpdateInspectionStatusOptions): Promise<InspectionRow> {
  const input = parseOptions(updateInspectionStatusSchema, options);
  const before = await loadInspection(ctx.db, input.inspectionId);
  authorize(actor, 'inspection.write', targetOf(before));
  assertVersion(before, input.expectedVersion);
  const from = before.status;
  if (!STATUS_TRANSITIONS[from].includes(input.status)) {
    throw invalid([{ field: 'status', message: `Status kan ikke skifte fra ${STATUS_TEXT[from]} til ${STATUS_TEXT[input.status]}.` }]);
  }
  return ctx.db.transaction(async (tx) => {
    if (input.status === 'completed') {
      const facts = await loadRiskFacts(ctx, tx, before);
      const issues = lacksHeldVisit(before, facts.heldVisits) ? [{ field: 'status', message: NO_HELD_VISIT }] : [];
      issues.push(...riskNotices(facts).blocking.map((n) => ({ field: 'status', message: n.message })));
      if (issues.length > 0) throw invalid(issues);
    }
    const after = await bumpInspection(tx, before, ctx.now(), { status: input.status });
    await recordAudit(tx, actor, { action: 'inspection.status', entityType: 'inspection', entityId: before.id, before, after });
    return after;
  });
}
