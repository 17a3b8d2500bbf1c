// Reports in factual hearing: for a provider user their own (the page where they find what to
// answer), for inspectors and managers their authority's, for the auditor all. Earliest deadline
// first, 50 a page.
import { hearingDeadlinePassed } from './report-shared.ts';
import { and, asc, count, eq, type SQL } from 'drizzle-orm';
import { PAGE_SIZE, paged, pageField, type Paged } from '../list-paging.ts';
import { invalid } from '../service-error.ts';
import { fosterFamilies, inspections, providers, reports } from '../../storage/schema.ts';
import type { Actor } from '../actor.ts';
import type { ServiceContext } from '../context.ts';
import { scope } from '../policies/scopes.ts';
import { scopeCondition } from '../policies/scope-condition.ts';
import { forbidden } from '../service-error.ts';
import { todayInDenmark } from '../../core/calendar.ts';

export type HearingDraftItem = {
  inspectionId: string;
  title: string;
  entity: { kind: 'provider' | 'fosterFamily'; name: string };
  deadline: string | null;
  answered: boolean;
  answeredAt: Date | null;
  /** The deadline has passed without an answer. */
  expired: boolean;
};

export async function listHearingDrafts(ctx: ServiceContext, actor: Actor, options: { page?: number | string } = {}): Promise<Paged<HearingDraftItem>> {
  const visible = scope(actor, 'hearingDrafts');
  if (!visible) throw forbidden();
  const page = pageField.safeParse(options.page);
  if (!page.success) throw invalid([{ field: 'page', message: page.error.issues[0]?.message ?? 'Siden findes ikke.' }]);
  const inScope = scopeCondition(visible, inspections);
  if (inScope === null) return paged([], 0, page.data);
  const where: SQL[] = [eq(reports.status, 'hearing'), ...(inScope ? [inScope] : [])];
  const [counted] = await ctx.db.select({ n: count() }).from(reports).innerJoin(inspections, eq(inspections.id, reports.inspectionId)).where(and(...where));
  const rows = await ctx.db
    .select({ report: reports, inspection: inspections, providerName: providers.name, familyName: fosterFamilies.name })
    .from(reports)
    .innerJoin(inspections, eq(inspections.id, reports.inspectionId))
    .leftJoin(providers, eq(providers.id, inspections.providerId))
    .leftJoin(fosterFamilies, eq(fosterFamilies.id, inspections.fosterFamilyId))
    .where(and(...where))
    .orderBy(asc(reports.hearingDeadline), asc(inspections.title), asc(reports.id))
    .limit(PAGE_SIZE)
    .offset((page.data - 1) * PAGE_SIZE);
  const today = todayInDenmark(ctx.now());
  const items = rows
    .map(({ report: r, inspection: i, providerName, familyName }) => ({
      inspectionId: i.id,
      title: i.title,
      entity: i.providerId ? { kind: 'provider' as const, name: providerName ?? '' } : { kind: 'fosterFamily' as const, name: familyName ?? '' },
      deadline: r.hearingDeadline,
      answered: r.hearingAnswer !== null,
      answeredAt: r.hearingAnsweredAt,
      expired: r.hearingAnswer === null && hearingDeadlinePassed(r, today),
    }));
  return paged(items, counted?.n ?? 0, page.data);
}
