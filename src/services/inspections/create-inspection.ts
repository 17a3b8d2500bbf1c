// Plans a new inspection of a provider or a foster family, in the entity's authority, against
// the model in force, with its first risk assessment.
import { one } from '../../storage/one-row.ts';
import { z } from 'zod';
import { PHASES } from '../../core/assessment/assessment-input.ts';
import { inspections, riskChanges } from '../../storage/schema.ts';
import type { ServiceContext } from '../context.ts';
import type { Actor } from '../actor.ts';
import { authorize } from '../permissions.ts';
import { recordAudit } from '../audit.ts';
import { invalid } from '../service-error.ts';
import { loadTarget, MODELS_FOR, targetRefSchema } from './get-inspection-target.ts';
import { FIRST_RISK_REASON, parseOptions, type InspectionRow } from './shared.ts';
import { RISKS, type Risk } from '../../core/vocabulary.ts';

export type CreateInspectionOptions = z.input<typeof createInspectionSchema>;

export const createInspectionSchema = z
  .object({
    title: z
      .string({ error: 'Titel skal udfyldes.' })
      .trim()
      .min(1, { error: 'Titel skal udfyldes.' })
      .max(200, { error: 'Titel må højst være 200 tegn.' }),
    phase: z.enum(PHASES, { error: 'Fase skal være godkendelse eller driftsorienteret tilsyn.' }),
    modelId: z
      .union([z.string(), z.null()], { error: 'Kvalitetsmodel skal vælges.' }).optional()
      .transform((v) => (typeof v === 'string' && v.trim() !== '' ? v.trim() : null)),
    risk: z
      .union([z.enum(RISKS), z.literal(''), z.null()], { error: 'Risikokategori skal være grøn, gul eller rød.' }).optional()
      .transform((v): Risk => (v ? v : 'green')),
  })
  .and(targetRefSchema);

export async function createInspection(ctx: ServiceContext, actor: Actor, options: CreateInspectionOptions): Promise<InspectionRow> {
  const input = parseOptions(createInspectionSchema, options);
  const kind = input.providerId !== null ? 'provider' : 'fosterFamily';
  const modelId = input.modelId ?? MODELS_FOR[kind][0]!;
  const model = ctx.registry.get(modelId);
  if (!MODELS_FOR[kind].includes(modelId) || !model) {
    const names = MODELS_FOR[kind].join(', ');
    throw invalid([{ field: 'modelId', message: `Kvalitetsmodel skal være en af: ${names}.` }]);
  }

  const target = await loadTarget(ctx, ctx.db, input);
  authorize(actor, 'inspection.write', {
    authorityId: target.authorityId,
    providerId: target.kind === 'provider' ? target.id : null,
    fosterFamilyId: target.kind === 'fosterFamily' ? target.id : null,
  });

  const now = ctx.now();
  return ctx.db.transaction(async (tx) => {
    const row = one(await tx
      .insert(inspections)
      .values({
        authorityId: target.authorityId,
        providerId: target.kind === 'provider' ? target.id : null,
        fosterFamilyId: target.kind === 'fosterFamily' ? target.id : null,
        phase: input.phase,
        modelId: model.id,
        modelVersion: model.version,
        status: 'planned',
        risk: input.risk,
        title: input.title,
        // An inspector who creates an inspection leads it until someone assigns another.
        leadInspectorId: actor.role === 'inspector' ? actor.id : null,
        createdAt: now,
        updatedAt: now,
      })
      .returning());
    const inspection = row;
    const risk = one(await tx
      .insert(riskChanges)
      .values({ inspectionId: inspection.id, risk: input.risk, reason: FIRST_RISK_REASON, changedBy: actor.id })
      .returning());
    await recordAudit(tx, actor, { action: 'inspection.create', entityType: 'inspection', entityId: inspection.id, before: null, after: inspection });
    await recordAudit(tx, actor, { action: 'risk.change', entityType: 'risk', entityId: risk.id, before: null, after: risk });
    return inspection;
  });
}
