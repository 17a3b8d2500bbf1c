// The final report versions an actor may read: a provider user only those of their own provider
// or foster family that have been sent to them; inspectors and managers their authority's; the
// auditor all (optionally one authority). Newest first. `latestOnly` keeps each report's newest
// readable version; `inspectionId` keeps one inspection's.
import { and, desc, eq, isNotNull, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import type { ReportAudience } from '../../core/report/report-document.ts';
import { authorities, fosterFamilies, inspections, providers, reportDispatches, reports, reportVersions } from '../../storage/schema.ts';
import type { Actor } from '../actor.ts';
import type { ServiceContext } from '../context.ts';
import { scope, sentVersionsOnly } from '../policies/scopes.ts';
import { scopeCondition } from '../policies/scope-condition.ts';
import { forbidden, invalid } from '../service-error.ts';
import { isUuid, parseOptions } from './report-shared.ts';

export type ListFinalReportsOptions = z.input<typeof listFinalReportsSchema>;

export type FinalReportItem = {
  versionId: string;
  reportId: string;
  number: number;
  /** The newest version of the report this actor may read. */
  latest: boolean;
  supersedesId: string | null;
  /** The number of the readable version that supersedes this one, if any. */
  supersededBy: number | null;
  inspection: { id: string; title: string; authorityId: string; authorityName: string };
  entity: { kind: 'provider' | 'fosterFamily'; id: string; name: string };
  audience: ReportAudience;
  contentHash: string;
  finalisedAt: Date;
  sentAt: Date | null;
};

const optionalText = z
  .union([z.string(), z.null()], { error: 'Skal være tekst.' })
  .optional()
  .transform((v) => (typeof v === 'string' && v.trim() !== '' ? v.trim() : null));

export const listFinalReportsSchema = z.object({
  authorityId: optionalText,
  inspectionId: optionalText,
  latestOnly: z
    // "true"/"false": the value as a query string carries it.
    .union([z.boolean(), z.enum(['true', 'false'])], { error: 'latestOnly skal være sand eller falsk.' })
    .optional()
    .transform((v) => v === true || v === 'true')
    .describe("Kun hver rapports nyeste version, brugeren må læse."),
});

export async function listFinalReports(ctx: ServiceContext, actor: Actor, options: ListFinalReportsOptions = {}): Promise<FinalReportItem[]> {
  const o = parseOptions(listFinalReportsSchema, options);
  if (o.authorityId) {
    const [known] = await ctx.db.select({ id: authorities.id }).from(authorities).where(eq(authorities.id, o.authorityId));
    if (!known) throw invalid([{ field: 'authorityId', message: `Socialtilsynet "${o.authorityId}" findes ikke.` }]);
  }
  if (o.inspectionId && !isUuid(o.inspectionId)) return [];

  const listScope = scope(actor, 'finalReports');
  if (!listScope) throw forbidden();
  if (listScope.kind === 'authorities' && o.authorityId && !listScope.ids.includes(o.authorityId)) throw forbidden('Du kan kun se rapporter fra dit eget socialtilsyn.');
  const inScope = scopeCondition(listScope, inspections);
  if (inScope === null) return [];
  const where: SQL[] = inScope ? [inScope] : [];
  if (sentVersionsOnly(actor)) where.push(isNotNull(reportDispatches.id));
  if (o.authorityId) where.push(eq(inspections.authorityId, o.authorityId));
  if (o.inspectionId) where.push(eq(inspections.id, o.inspectionId));

  const rows = await ctx.db
    .select({
      v: {
        id: reportVersions.id,
        reportId: reportVersions.reportId,
        number: reportVersions.number,
        supersedesId: reportVersions.supersedesId,
        audience: reportVersions.audience,
        contentHash: reportVersions.contentHash,
        finalisedAt: reportVersions.finalisedAt,
      },
      inspection: { id: inspections.id, title: inspections.title, authorityId: inspections.authorityId, providerId: inspections.providerId, fosterFamilyId: inspections.fosterFamilyId },
      authorityName: authorities.name,
      providerName: providers.name,
      familyName: fosterFamilies.name,
      sentAt: reportDispatches.sentAt,
    })
    .from(reportVersions)
    .innerJoin(reports, eq(reports.id, reportVersions.reportId))
    .innerJoin(inspections, eq(inspections.id, reports.inspectionId))
    .innerJoin(authorities, eq(authorities.id, inspections.authorityId))
    .leftJoin(providers, eq(providers.id, inspections.providerId))
    .leftJoin(fosterFamilies, eq(fosterFamilies.id, inspections.fosterFamilyId))
    .leftJoin(reportDispatches, eq(reportDispatches.versionId, reportVersions.id))
    .where(where.length ? and(...where) : undefined)
    .orderBy(desc(reportVersions.finalisedAt), desc(reportVersions.number));
  const visible = rows;

  const numbers = new Map<string, number[]>();
  for (const r of visible) numbers.set(r.v.reportId, [...(numbers.get(r.v.reportId) ?? []), r.v.number]);
  const items = visible.map((r): FinalReportItem => {
    const mine = numbers.get(r.v.reportId) ?? [];
    const newer = mine.filter((n) => n > r.v.number);
    return {
      versionId: r.v.id,
      reportId: r.v.reportId,
      number: r.v.number,
      latest: newer.length === 0,
      supersedesId: r.v.supersedesId,
      supersededBy: newer.length ? Math.min(...newer) : null,
      inspection: { id: r.inspection.id, title: r.inspection.title, authorityId: r.inspection.authorityId, authorityName: r.authorityName },
      entity: r.inspection.providerId
        ? { kind: 'provider', id: r.inspection.providerId, name: r.providerName ?? '' }
        : { kind: 'fosterFamily', id: r.inspection.fosterFamilyId ?? '', name: r.familyName ?? '' },
      audience: r.v.audience,
      contentHash: r.v.contentHash,
      finalisedAt: r.v.finalisedAt,
      sentAt: r.sentAt ?? null,
    };
  });
  return o.latestOnly ? items.filter((i) => i.latest) : items;
}

