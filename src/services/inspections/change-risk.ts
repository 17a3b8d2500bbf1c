// Changes the risk category of the inspected provider or foster family, always with a reason;
// every change stays in the history.
import { one } from '../../storage/one-row.ts';
import { z } from 'zod';
import { riskChanges } from '../../storage/schema.ts';
import type { ServiceContext } from '../context.ts';
import type { Actor } from '../actor.ts';
import { authorize } from '../permissions.ts';
import { recordAudit } from '../audit.ts';
import { invalid } from '../service-error.ts';
import { assertOpen, assertVersion, bumpInspection, expectedVersionField, loadInspection, parseOptions, targetOf } from './shared.ts';
import { RISKS, type Risk } from '../../core/vocabulary.ts';

export type ChangeRiskOptions = z.input<typeof changeRiskSchema>;

export type RiskChangeRow = { id: string; inspectionId: string; risk: string; reason: string; changedBy: string | null; changedAt: Date };

const RISK_TEXT: Record<Risk, string> = { green: 'grøn', yellow: 'gul', red: 'rød' };

export const changeRiskSchema = z.object({
  inspectionId: z.string({ error: 'Tilsynet skal angives.' }),
  risk: z.enum(RISKS, { error: 'Risikokategori skal være grøn, gul eller rød.' }),
  reason: z
    .string({ error: 'Begrundelse skal udfyldes.' })
    .trim()
    .min(1, { error: 'Begrundelse skal udfyldes.' })
    .max(4000, { error: 'Begrundelse må højst være 4000 tegn.' }),
  expectedVersion: expectedVersionField,
});

export async function changeRisk(ctx: ServiceContext, actor: Actor, options: ChangeRiskOptions): Promise<RiskChangeRow> {
  const input = parseOptions(changeRiskSchema, options);
  const before = await loadInspection(ctx.db, input.inspectionId);
  authorize(actor, 'inspection.write', targetOf(before));
  assertOpen(before);
  assertVersion(before, input.expectedVersion);
  if (before.risk === input.risk) {
    throw invalid([{ field: 'risk', message: `Risikokategori er allerede ${RISK_TEXT[input.risk]}. Vælg en anden.` }]);
  }
  return ctx.db.transaction(async (tx) => {
    const change = one(await tx
      .insert(riskChanges)
      .values({ inspectionId: before.id, risk: input.risk, reason: input.reason, changedBy: actor.id })
      .returning());
    const after = await bumpInspection(tx, before, ctx.now(), { risk: input.risk });
    await recordAudit(tx, actor, {
      action: 'risk.change',
      entityType: 'risk',
      entityId: change.id,
      before: { inspectionId: before.id, risk: before.risk, version: before.version },
      after: { ...change, version: after.version },
    });
    return change;
  });
}
