// Reports in factual hearing: for a provider user their own (the page where they find what to
// answer), for inspectors and managers their authority's, for the auditor all. Earliest deadline first.
import { and, asc, eq, type SQL } from 'drizzle-orm';
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

export async function listHearingDrafts(ctx: ServiceContext, actor: Actor): Promise<HearingDraftItem[]> {
  const visible = scope(actor, 'hearingDrafts');
  if (!visible) throw forbidden();
  const inScope = scopeCondition(visible, inspections);
  if (inScope === null) return [];
  const where: SQL[] = [eq(reports.status, 'hearing'), ...(inScope ? [inScope] : [])];
  const rows = await ctx.db
    .select({ report: reports, inspection: inspections, providerName: providers.name, familyName: fosterFamilies.name })
    .from(reports)
    .innerJoin(inspections, eq(inspections.id, reports.inspectionId))
    .leftJoin(providers, eq(providers.id, inspections.providerId))
    .leftJoin(fosterFamilies, eq(fosterFamilies.id, inspections.fosterFamilyId))
    .where(and(...where))
    .orderBy(asc(reports.hearingDeadline), asc(inspections.title));
  const today = todayInDenmark(ctx.now());
  return rows
    .map(({ report: r, inspection: i, providerName, familyName }) => ({
      inspectionId: i.id,
      title: i.title,
      entity: i.providerId ? { kind: 'provider' as const, name: providerName ?? '' } : { kind: 'fosterFamily' as const, name: familyName ?? '' },
      deadline: r.hearingDeadline,
      answered: r.hearingAnswer !== null,
      answeredAt: r.hearingAnsweredAt,
      expired: r.hearingAnswer === null && r.hearingDeadline !== null && today > r.hearingDeadline,
    }));
}
