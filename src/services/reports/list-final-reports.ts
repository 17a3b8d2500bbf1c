// The final report versions an actor may read: a provider user only those of their own provider
// or foster family that have been sent to them; inspectors and managers their authority's; the
// auditor all (optionally one authority or year). Newest first. `latestOnly` keeps each report's
// newest readable version; `inspectionId` keeps one inspection's. The pages show 50 at a time; the
// command line takes them all.
import { and, desc, eq, inArray, isNotNull, sql, type SQL } from 'drizzle-orm';
import { emptyIsNone, PAGE_SIZE, paged, pageField, type Paged } from '../list-paging.ts';
import { z } from 'zod';
import type { ReportAudience } from '../../core/report/report-document.ts';
import { authorities, inspections, reportDispatches, reports, reportVersions } from '../../storage/schema.ts';
import { entityName, entityRef, withEntity, type EntityRef } from '../inspections/inspection-entity.ts';
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
  entity: EntityRef;
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
  year: emptyIsNone(z.coerce.number({ error: 'Året skal være et tal.' }).int('Året skal være et helt tal.').min(2000, 'Året skal være 2000 eller senere.').max(2100, 'Året skal være før 2100.'))
    .describe('Kun versioner afsluttet i dette år.'),
});

export const pageFinalReportsSchema = listFinalReportsSchema.extend({ page: pageField });

/** One page of the final report versions (50 a page), newest first, with the total. */
export async function pageFinalReports(ctx: ServiceContext, actor: Actor, options: z.input<typeof pageFinalReportsSchema> = {}): Promise<Paged<FinalReportItem>> {
  const { page, ...rest } = parseOptions(pageFinalReportsSchema, options);
  const { items, total } = await finalReports(ctx, actor, rest, { limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE });
  return paged(items, total, page);
}

/** Every final report version the actor may read (the command line's export), newest first. */
export async function listFinalReports(ctx: ServiceContext, actor: Actor, options: ListFinalReportsOptions = {}): Promise<FinalReportItem[]> {
  return (await finalReports(ctx, actor, parseOptions(listFinalReportsSchema, options), null)).items;
}

async function finalReports(ctx: ServiceContext, actor: Actor, o: z.output<typeof listFinalReportsSchema>, window: { limit: number; offset: number } | null): Promise<{ items: FinalReportItem[]; total: number }> {
  if (o.authorityId) {
    const [known] = await ctx.db.select({ id: authorities.id }).from(authorities).where(eq(authorities.id, o.authorityId));
    if (!known) throw invalid([{ field: 'authorityId', message: `Socialtilsynet "${o.authorityId}" findes ikke.` }]);
  }
  const none = { items: [], total: 0 };
  if (o.inspectionId && !isUuid(o.inspectionId)) return none;

  const listScope = scope(actor, 'finalReports');
  if (!listScope) throw forbidden();
  if (listScope.kind === 'authorities' && o.authorityId && !listScope.ids.includes(o.authorityId)) throw forbidden('Du kan kun se rapporter fra dit eget socialtilsyn.');
  const inScope = scopeCondition(listScope, inspections);
  if (inScope === null) return none;
  const where: SQL[] = inScope ? [inScope] : [];
  if (sentVersionsOnly(actor)) where.push(isNotNull(reportDispatches.id));
  if (o.authorityId) where.push(eq(inspections.authorityId, o.authorityId));
  if (o.inspectionId) where.push(eq(inspections.id, o.inspectionId));
  if (o.year) where.push(sql`extract(year from ${reportVersions.finalisedAt} at time zone 'Europe/Copenhagen') = ${o.year}`);

  // Which version is the newest and which one supersedes another is decided among the versions
  // this actor may read, before the page is cut: window functions over the readable set.
  const readable = ctx.db
    .select({
      versionId: sql<string>`${reportVersions.id}`.as('version_id'),
      number: sql<number>`${reportVersions.number}`.mapWith(Number).as('number'),
      finalisedAt: sql<Date>`${reportVersions.finalisedAt}`.as('finalised_at'),
      newest: sql<number>`max(${reportVersions.number}) over (partition by ${reportVersions.reportId})`.mapWith(Number).as('newest'),
      next: sql<number | null>`lead(${reportVersions.number}) over (partition by ${reportVersions.reportId} order by ${reportVersions.number})`.as('next'),
    })
    .from(reportVersions)
    .innerJoin(reports, eq(reports.id, reportVersions.reportId))
    .innerJoin(inspections, eq(inspections.id, reports.inspectionId))
    .leftJoin(reportDispatches, eq(reportDispatches.versionId, reportVersions.id))
    .where(where.length ? and(...where) : undefined)
    .as('readable');
  const shown = o.latestOnly ? sql`${readable.number} = ${readable.newest}` : undefined;
  const ordered = ctx.db
    .select({ versionId: readable.versionId, number: readable.number, newest: readable.newest, next: readable.next, total: sql<number>`count(*) over ()`.mapWith(Number) })
    .from(readable)
    .where(shown)
    .orderBy(desc(readable.finalisedAt), desc(readable.number));
  const picked = window ? await ordered.limit(window.limit).offset(window.offset) : await ordered;
  // Past the last page no row carries the count.
  const total = picked[0]?.total ?? (await ctx.db.select({ n: sql<number>`count(*)`.mapWith(Number) }).from(readable).where(shown))[0]?.n ?? 0;
  if (picked.length === 0) return { items: [], total };

  const details = await withEntity(ctx.db
    .select({
      v: { id: reportVersions.id, reportId: reportVersions.reportId, supersedesId: reportVersions.supersedesId, audience: reportVersions.audience, contentHash: reportVersions.contentHash, finalisedAt: reportVersions.finalisedAt },
      inspection: { id: inspections.id, title: inspections.title, authorityId: inspections.authorityId, providerId: inspections.providerId, fosterFamilyId: inspections.fosterFamilyId },
      authorityName: authorities.name,
      name: entityName,
      sentAt: reportDispatches.sentAt,
    })
    .from(reportVersions)
    .innerJoin(reports, eq(reports.id, reportVersions.reportId))
    .innerJoin(inspections, eq(inspections.id, reports.inspectionId))
    .innerJoin(authorities, eq(authorities.id, inspections.authorityId))
    .$dynamic())
    .leftJoin(reportDispatches, eq(reportDispatches.versionId, reportVersions.id))
    // A page reads its own rows; the whole list (the command line) reads every readable one, without
    // a list of ids that could pass the database's limit of parameters.
    .where(window ? inArray(reportVersions.id, picked.map((p) => p.versionId)) : where.length ? and(...where) : undefined);
  const byId = new Map(details.map((d) => [d.v.id, d]));
  const items = picked.flatMap((p): FinalReportItem[] => {
    const r = byId.get(p.versionId);
    if (!r) return [];
    return [{
      versionId: r.v.id,
      reportId: r.v.reportId,
      number: p.number,
      latest: p.number === p.newest,
      supersedesId: r.v.supersedesId,
      supersededBy: p.next,
      inspection: { id: r.inspection.id, title: r.inspection.title, authorityId: r.inspection.authorityId, authorityName: r.authorityName },
      entity: entityRef(r.inspection, r.name),
      audience: r.v.audience,
      contentHash: r.v.contentHash,
      finalisedAt: r.v.finalisedAt,
      sentAt: r.sentAt ?? null,
    }];
  });
  return { items, total };
}
