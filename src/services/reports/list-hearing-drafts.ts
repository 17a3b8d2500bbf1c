// Reports in factual hearing: for a provider user their own (the page where they find what to
// answer), for inspectors and managers their authority's, for the auditor all. Earliest deadline first.
import { and, asc, eq, type SQL } from 'drizzle-orm';
import { fosterFamilies, inspections, providers, reports } from '../../storage/schema.ts';
import type { Actor } from '../actor.ts';
import type { ServiceContext } from '../context.ts';
import { can } from '../permissions.ts';
import { forbidden } from '../service-error.ts';
import { todayInDenmark } from './report-shared.ts';

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
  const where: SQL[] = [eq(reports.status, 'hearing')];
  if (actor.role === 'provider') {
    if (actor.providerId) where.push(eq(inspections.providerId, actor.providerId));
    else if (actor.fosterFamilyId) where.push(eq(inspections.fosterFamilyId, actor.fosterFamilyId));
    else return [];
  } else if (actor.role === 'inspector' || actor.role === 'manager') {
    if (!actor.authorityId) return [];
    where.push(eq(inspections.authorityId, actor.authorityId));
  } else if (actor.role !== 'auditor') {
    throw forbidden();
  }
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
    .filter(({ inspection: i }) => {
      const target = { authorityId: i.authorityId, providerId: i.providerId, fosterFamilyId: i.fosterFamilyId };
      return can(actor, 'report.hearing', target) || can(actor, 'inspection.read', target);
    })
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
