// The quality review summed up for a period: for a manager, per inspector of their authority and
// per checklist point (the share met); for the auditor, per authority — counts and shares only,
// never a single review's comments.
import { and, eq, gte, lt, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import { addDays, todayInDenmark } from '../../core/calendar.ts';
import { dateField } from '../form-fields.ts';
import { CHECKLIST_POINT_IDS, type ChecklistPointId } from '../../core/quality-review/checklist.ts';
import { authorities, qualityReviews, users } from '../../storage/schema.ts';
import type { Actor } from '../actor.ts';
import type { ServiceContext } from '../context.ts';
import { requireAbility } from '../permissions.ts';
import { qualityReviewAbilities } from '../policies/abilities.ts';
import { invalid } from '../service-error.ts';
import { parseOptions } from '../service-options.ts';

export type SummaryRow = { key: string; label: string; reviews: number; met: Record<ChecklistPointId, number | null> };
export type ReviewSummary = { from: string; to: string; by: 'inspector' | 'authority'; rows: SummaryRow[]; total: SummaryRow };

const day = (what: string) => z.preprocess((v) => (v === '' ? undefined : v), dateField(what).optional());
const schema = z.object({ from: day('Periodens start'), to: day('Periodens slutning') });

function summarise(key: string, label: string, reviews: { points: Record<string, { met: boolean }> }[]): SummaryRow {
  const met = Object.fromEntries(CHECKLIST_POINT_IDS.map((id) => {
    const answered = reviews.filter((r) => r.points[id] !== undefined);
    return [id, answered.length === 0 ? null : answered.filter((r) => r.points[id]!.met).length / answered.length];
  })) as Record<ChecklistPointId, number | null>;
  return { key, label, reviews: reviews.length, met };
}

export async function getReviewSummary(ctx: ServiceContext, actor: Actor, options: { from?: string; to?: string } = {}): Promise<ReviewSummary> {
  const input = parseOptions(schema, options);
  const abilities = qualityReviewAbilities(actor);
  requireAbility(abilities.drawFor !== null || abilities.summaryByAuthority, 'Oversigten er for ledere og revisionen.');
  const today = todayInDenmark(ctx.now());
  const from = input.from ?? `${today.slice(0, 4)}-01-01`;
  const to = input.to ?? today;
  if (to < from) throw invalid([{ field: 'to', message: 'Periodens slutning ligger før dens start.' }]);
  const inPeriod: SQL[] = [gte(qualityReviews.reviewedAt, new Date(`${from}T00:00:00Z`)), lt(qualityReviews.reviewedAt, new Date(`${addDays(to, 1)}T00:00:00Z`))];
  if (abilities.drawFor !== null) {
    const rows = await ctx.db.select({ inspectorId: qualityReviews.inspectorId, name: users.displayName, points: qualityReviews.points }).from(qualityReviews).leftJoin(users, eq(users.id, qualityReviews.inspectorId))
      .where(and(eq(qualityReviews.authorityId, abilities.drawFor), ...inPeriod));
    const keys = [...new Map(rows.map((r) => [r.inspectorId ?? '', r.name ?? 'Ukendt'])).entries()].sort((a, b) => a[1].localeCompare(b[1], 'da'));
    return { from, to, by: 'inspector', rows: keys.map(([id, name]) => summarise(id, name, rows.filter((r) => (r.inspectorId ?? '') === id))), total: summarise('all', 'Alle', rows) };
  }
  const rows = await ctx.db.select({ authorityId: qualityReviews.authorityId, name: authorities.name, points: qualityReviews.points }).from(qualityReviews).innerJoin(authorities, eq(authorities.id, qualityReviews.authorityId)).where(and(...inPeriod));
  const all = await ctx.db.select({ id: authorities.id, name: authorities.name }).from(authorities).orderBy(authorities.name);
  return { from, to, by: 'authority', rows: all.map((a) => summarise(a.id, a.name, rows.filter((r) => r.authorityId === a.id))), total: summarise('all', 'Alle', rows) };
}
