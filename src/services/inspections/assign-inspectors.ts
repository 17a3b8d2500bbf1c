// Who does an inspection and when (issue 12): a lead inspector, optional co-inspectors — active
// inspectors of the inspection's authority — and a planned period. A manager or an inspector of
// the authority assigns; version-checked; one transaction with an audit entry.
import { and, eq, inArray } from 'drizzle-orm';
import { z } from 'zod';
import { inspectionCoInspectors, users } from '../../storage/schema.ts';
import type { ServiceContext } from '../context.ts';
import type { Actor } from '../actor.ts';
import { authorize } from '../permissions.ts';
import { recordAudit } from '../audit.ts';
import { invalid } from '../service-error.ts';
import { assertOpen, assertVersion, bumpInspection, expectedVersionField, isUuid, loadInspection, optionalDateField, parseOptions, targetOf, type InspectionRow } from './shared.ts';

export const assignInspectorsSchema = z.object({
  inspectionId: z.string({ error: 'Tilsynet skal angives.' }),
  expectedVersion: expectedVersionField,
  leadInspectorId: z.string().optional().transform((v) => (v ? v : null)),
  coInspectorIds: z.array(z.string()).default([]),
  plannedFrom: optionalDateField('Perioden skal begynde med en gyldig dato (åååå-mm-dd).'),
  plannedTo: optionalDateField('Perioden skal slutte med en gyldig dato (åååå-mm-dd).'),
});

export async function assignInspectors(ctx: ServiceContext, actor: Actor, options: z.input<typeof assignInspectorsSchema>): Promise<InspectionRow> {
  const input = parseOptions(assignInspectorsSchema, options);
  const before = await loadInspection(ctx.db, input.inspectionId);
  authorize(actor, 'inspection.write', targetOf(before));
  assertOpen(before);
  assertVersion(before, input.expectedVersion);
  const co = [...new Set(input.coInspectorIds)].filter((id) => id !== input.leadInspectorId);
  const wanted = [...(input.leadInspectorId ? [input.leadInspectorId] : []), ...co];
  const valid = wanted.every(isUuid) && wanted.length > 0
    ? await ctx.db.select({ id: users.id }).from(users).where(and(inArray(users.id, wanted), eq(users.role, 'inspector'), eq(users.authorityId, before.authorityId), eq(users.active, true)))
    : [];
  if (valid.length !== wanted.length) throw invalid([{ field: input.leadInspectorId && !valid.some((v) => v.id === input.leadInspectorId) ? 'leadInspectorId' : 'coInspectorIds', message: 'Vælg aktive tilsynskonsulenter fra tilsynets socialtilsyn.' }]);
  if (co.length > 0 && !input.leadInspectorId) throw invalid([{ field: 'leadInspectorId', message: 'Vælg en tilsynsførende, før der tilknyttes flere.' }]);
  if (input.plannedFrom && input.plannedTo && input.plannedTo < input.plannedFrom) throw invalid([{ field: 'plannedTo', message: 'Perioden kan ikke slutte, før den begynder.' }]);
  return ctx.db.transaction(async (tx) => {
    const beforeCo = (await tx.select({ id: inspectionCoInspectors.userId }).from(inspectionCoInspectors).where(eq(inspectionCoInspectors.inspectionId, before.id))).map((r) => r.id);
    const after = await bumpInspection(tx, before, ctx.now(), { leadInspectorId: input.leadInspectorId, plannedFrom: input.plannedFrom, plannedTo: input.plannedTo });
    await tx.delete(inspectionCoInspectors).where(eq(inspectionCoInspectors.inspectionId, before.id));
    if (co.length > 0) await tx.insert(inspectionCoInspectors).values(co.map((userId) => ({ inspectionId: before.id, userId })));
    await recordAudit(tx, actor, {
      action: 'inspection.assign',
      entityType: 'inspection',
      entityId: before.id,
      before: { leadInspectorId: before.leadInspectorId, coInspectorIds: beforeCo, plannedFrom: before.plannedFrom, plannedTo: before.plannedTo, version: before.version },
      after: { leadInspectorId: after.leadInspectorId, coInspectorIds: co, plannedFrom: after.plannedFrom, plannedTo: after.plannedTo, version: after.version },
    });
    return after;
  });
}
