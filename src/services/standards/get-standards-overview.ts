// The regions' overview (issue 11, seed 003): every institution the actor may see, with each
// standard's step and the self- and external-evaluation dates due (standards-overview.ts), at a date.
// What `tilsyn standards overview --json` prints and the region's work list will show.
import { and, asc, eq, exists, inArray, isNotNull, sql, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import { isIsoDate, todayInDenmark } from '../../core/calendar.ts';
import { standardsStatus, type StandardStatus } from '../../core/kinds/standards/standards-overview.ts';
import { REGIONS } from '../../core/vocabulary.ts';
import type { StandardsModel } from '../../core/kinds/standards/catalog.ts';
import type { ModelRegistry } from '../../catalog/model-registry.ts';
import { externalEvaluationFindings, externalEvaluationSurveyors, externalEvaluations, institutionAdoptions, providers, selfEvaluationEntries, selfEvaluations, standardSteps } from '../../storage/schema.ts';
import type { Actor } from '../actor.ts';
import type { ServiceContext } from '../context.ts';
import { institutionScope } from '../policies/abilities.ts';
import { forbidden, notFound } from '../service-error.ts';
import { parseOptions } from '../service-options.ts';

export const STANDARDS_MODEL_ID = 'dkm-social';

/** The regions' model from the registry; every use case of this area reads it through here. */
export function standardsModelOf(registry: ModelRegistry): StandardsModel {
  const model = registry.get(STANDARDS_MODEL_ID);
  if (model?.kind !== 'standards') throw notFound(`Kvalitetsmodellen ${STANDARDS_MODEL_ID}`);
  return model;
}

export const standardsOverviewSchema = z.object({
  regionId: z.enum(REGIONS, { error: `Regionen skal være en af: ${REGIONS.join(', ')}.` }).optional(),
  at: z.string().refine(isIsoDate, 'Datoen skal være en gyldig dato på formen ÅÅÅÅ-MM-DD.').optional(),
  /** One institution only (its own page). */
  providerId: z.string().uuid('Institutionen findes ikke.').optional(),
});

export type InstitutionOverview = { institution: { id: string; name: string; region: string }; standards: StandardStatus[] };

export async function getStandardsOverview(ctx: ServiceContext, actor: Actor, input: unknown): Promise<InstitutionOverview[]> {
  const o = parseOptions(standardsOverviewSchema, input);
  const scope = institutionScope(actor);
  if (!scope) throw forbidden('Regionernes kvalitetsmodel er for regionerne, deres institutioner og surveyorerne.');
  const model = standardsModelOf(ctx.registry);
  const at = o.at ?? todayInDenmark(ctx.now());

  const p = providers;
  const conditions: SQL[] = [isNotNull(p.regionId)];
  if (o.regionId) conditions.push(eq(p.regionId, o.regionId));
  if (o.providerId) conditions.push(eq(p.id, o.providerId));
  switch (scope.kind) {
    case 'all':
      break;
    case 'region':
      conditions.push(eq(p.regionId, scope.id));
      break;
    case 'provider':
      conditions.push(eq(p.id, scope.id));
      break;
    case 'assigned':
      conditions.push(exists(ctx.db.select({ one: sql`1` }).from(externalEvaluations)
        .innerJoin(externalEvaluationSurveyors, eq(externalEvaluationSurveyors.evaluationId, externalEvaluations.id))
        .where(and(eq(externalEvaluations.providerId, p.id), eq(externalEvaluationSurveyors.userId, scope.userId)))));
      break;
    case 'shared':
      conditions.push(eq(p.authorityId, scope.authorityId), eq(institutionAdoptions.sharedWithAuthority, true));
      break;
  }
  const rows = await ctx.db
    .select({ id: p.id, name: p.name, region: p.regionId, adoptedOn: institutionAdoptions.adoptedOn })
    .from(p)
    .leftJoin(institutionAdoptions, eq(institutionAdoptions.providerId, p.id))
    .where(and(...conditions))
    .orderBy(asc(p.regionId), asc(p.name));
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.id);

  const steps = await ctx.db.select().from(standardSteps).where(inArray(standardSteps.providerId, ids));
  const selfRows = await ctx.db
    .select({ providerId: selfEvaluations.providerId, id: selfEvaluations.id, submittedOn: selfEvaluations.submittedOn, standardId: selfEvaluationEntries.standardId })
    .from(selfEvaluations)
    .innerJoin(selfEvaluationEntries, eq(selfEvaluationEntries.selfEvaluationId, selfEvaluations.id))
    .where(and(inArray(selfEvaluations.providerId, ids), isNotNull(selfEvaluations.submittedOn)));
  const externalRows = await ctx.db
    .select({ providerId: externalEvaluations.providerId, id: externalEvaluations.id, finalOn: externalEvaluations.finalOn, standardId: externalEvaluationFindings.standardId })
    .from(externalEvaluations)
    .innerJoin(externalEvaluationFindings, eq(externalEvaluationFindings.evaluationId, externalEvaluations.id))
    .where(and(inArray(externalEvaluations.providerId, ids), eq(externalEvaluations.status, 'final')));

  // One evaluation per id, with the standards it covers.
  const evaluations = <R extends { providerId: string; id: string; standardId: string }>(list: R[], providerId: string, date: (r: R) => string | null) => {
    const byId = new Map<string, { date: string; standards: string[] }>();
    for (const r of list) {
      const d = date(r);
      if (r.providerId !== providerId || d === null) continue;
      const entry = byId.get(r.id) ?? { date: d, standards: [] };
      entry.standards.push(r.standardId);
      byId.set(r.id, entry);
    }
    return [...byId.values()];
  };
  return rows.map((r) => ({
    institution: { id: r.id, name: r.name, region: r.region ?? '' },
    standards: standardsStatus(model, {
      adoptedOn: r.adoptedOn,
      steps: steps.filter((s) => s.providerId === r.id),
      selfEvaluations: evaluations(selfRows, r.id, (x) => x.submittedOn).map((e) => ({ submittedOn: e.date, standards: e.standards })),
      externalEvaluations: evaluations(externalRows, r.id, (x) => x.finalOn).map((e) => ({ finalOn: e.date, standards: e.standards })),
    }, at),
  }));
}
