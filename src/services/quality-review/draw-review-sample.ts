// A manager draws a random sample of their authority's final reports for review (ledelsestilsyn):
// the period, the size and the strata (inspector, phase, model, risk) with a seed — given, or drawn
// and then shown — are stored with what was drawn, so the same parameters give the same sample.
import { randomInt } from 'node:crypto';
import { and, desc, eq, gte, lt } from 'drizzle-orm';
import { z } from 'zod';
import { addDays } from '../../core/calendar.ts';
import { dateField } from '../form-fields.ts';
import { drawSample, SAMPLE_STRATA, type SampleCandidate } from '../../core/quality-review/draw-sample.ts';
import { inspections, reports, reportVersions, reviewSamples } from '../../storage/schema.ts';
import { one } from '../../storage/one-row.ts';
import type { Actor } from '../actor.ts';
import { recordAudit } from '../audit.ts';
import type { ServiceContext } from '../context.ts';
import { qualityReviewAbilities } from '../policies/abilities.ts';
import { forbidden, invalid } from '../service-error.ts';
import { parseOptions } from '../service-options.ts';
import type { Db } from '../../storage/database.ts';

export const drawSampleSchema = z.object({
  periodFrom: dateField('Periodens start'),
  periodTo: dateField('Periodens slutning'),
  size: z.coerce.number({ error: 'Stikprøvens størrelse skal være et tal.' }).int('Stikprøvens størrelse skal være et helt tal.').min(1, 'Stikprøven skal have mindst én rapport.').max(200, 'Stikprøven kan højst have 200 rapporter.'),
  strata: z.array(z.enum(SAMPLE_STRATA, { error: 'Vælg lagdelingen fra listen.' })).default([]),
  seed: z.preprocess((v) => (v === '' ? undefined : v), z.coerce.number({ error: 'Frøet skal være et tal.' }).int('Frøet skal være et helt tal.').min(0, 'Frøet skal være 0 eller derover.').max(2 ** 31 - 1, 'Frøet er for stort.').optional()),
});
export type DrawSampleOptions = z.input<typeof drawSampleSchema>;

/** The final reports of an authority finalised in the period: each report once, its newest version in the period. */
export async function sampleCandidates(db: Db, authorityId: string, from: string, to: string): Promise<SampleCandidate[]> {
  const rows = await db.selectDistinctOn([reportVersions.reportId], { id: reportVersions.id, inspector: reports.authorId, phase: inspections.phase, model: inspections.modelId, risk: inspections.risk })
    .from(reportVersions).innerJoin(reports, eq(reports.id, reportVersions.reportId)).innerJoin(inspections, eq(inspections.id, reports.inspectionId))
    .where(and(eq(inspections.authorityId, authorityId), gte(reportVersions.finalisedAt, new Date(`${from}T00:00:00Z`)), lt(reportVersions.finalisedAt, new Date(`${addDays(to, 1)}T00:00:00Z`))))
    .orderBy(reportVersions.reportId, desc(reportVersions.number));
  return rows.map((r) => ({ id: r.id, inspector: r.inspector ?? '', phase: r.phase, model: r.model, risk: r.risk }));
}

export async function drawReviewSample(ctx: ServiceContext, actor: Actor, options: DrawSampleOptions | Record<string, unknown>): Promise<{ id: string }> {
  const input = parseOptions(drawSampleSchema, options);
  const authorityId = qualityReviewAbilities(actor).drawFor;
  if (authorityId === null) throw forbidden('Kun en leder trækker stikprøver af sit socialtilsyns rapporter.');
  if (input.periodTo < input.periodFrom) throw invalid([{ field: 'periodTo', message: 'Periodens slutning ligger før dens start.' }]);
  const candidates = await sampleCandidates(ctx.db, authorityId, input.periodFrom, input.periodTo);
  if (candidates.length === 0) throw invalid([{ field: 'periodFrom', message: 'Der er ingen afsluttede rapporter i perioden.' }]);
  const seed = input.seed ?? randomInt(0, 2 ** 31 - 1);
  const strata = SAMPLE_STRATA.filter((s) => input.strata.includes(s));
  const versionIds = drawSample(candidates, input.size, strata, seed);
  return ctx.db.transaction(async (tx) => {
    const row = one(await tx.insert(reviewSamples).values({ authorityId, drawnBy: actor.id, periodFrom: input.periodFrom, periodTo: input.periodTo, size: input.size, strata, seed, versionIds }).returning({ id: reviewSamples.id }));
    await recordAudit(tx, actor, { action: 'review_sample.draw', entityType: 'review_sample', entityId: row.id, before: null, after: { periodFrom: input.periodFrom, periodTo: input.periodTo, size: input.size, strata, seed, candidates: candidates.length, versionIds } });
    return { id: row.id };
  });
}
