// Whether consistency improves (issue 13): the latest closed rounds, each with alpha overall and per
// authority, and per item alpha over the rounds that asked it (each round a unit). The auditor sees
// all five authorities; a manager the rounds their authority took part in, with their own authority's
// alpha beside the overall one.
import { and, desc, eq, inArray } from 'drizzle-orm';
import { calibrationItems, metricOf, statValue, type CalibrationItem } from '../../core/calibration/calibration-items.ts';
import { reliabilityBand, reliabilityData, type ReliabilityBand } from '../../core/calibration/round-results.ts';
import { isAssessable } from '../../core/model/schema.ts';
import { krippendorffAlpha, type Metric } from '../../core/statistics/agreement.ts';
import { calibrationAnswers, calibrationInvitations, calibrationRounds } from '../../storage/schema.ts';
import type { Actor } from '../actor.ts';
import type { ServiceContext } from '../context.ts';
import { requireAbility } from '../permissions.ts';
import { calibrationScope } from '../policies/abilities.ts';
import { roundsIn } from './list-rounds.ts';

export const HISTORY_ROUNDS = 20;

export type HistoryRound = { id: string; title: string; closedOn: Date; alpha: number | null; band: ReliabilityBand | null; byAuthority: Record<string, number | null> };
export type HistoryItem = { item: CalibrationItem; modelTitle: string; rounds: number; alpha: number | null; band: ReliabilityBand | null };
export type CalibrationHistory = { authorities: string[]; rounds: HistoryRound[]; items: HistoryItem[] };

export async function getCalibrationHistory(ctx: ServiceContext, actor: Actor): Promise<CalibrationHistory> {
  const scope = calibrationScope(actor);
  requireAbility(scope !== null && scope.kind !== 'invited', 'Historikken er for ledere og revisionen.');
  const own = scope?.kind === 'authority' ? scope.id : null;
  const rounds = (await ctx.db.select().from(calibrationRounds).where(and(eq(calibrationRounds.status, 'closed'), scope ? roundsIn(scope) : undefined))
    .orderBy(desc(calibrationRounds.closedAt)).limit(HISTORY_ROUNDS)).reverse();
  if (rounds.length === 0) return { authorities: [], rounds: [], items: [] };
  const ids = rounds.map((r) => r.id);
  const [answers, invitations] = await Promise.all([
    ctx.db.select({ roundId: calibrationAnswers.roundId, userId: calibrationAnswers.userId, itemId: calibrationAnswers.itemId, value: calibrationAnswers.value }).from(calibrationAnswers).where(inArray(calibrationAnswers.roundId, ids)),
    ctx.db.select({ roundId: calibrationInvitations.roundId, userId: calibrationInvitations.userId, authorityId: calibrationInvitations.authorityId }).from(calibrationInvitations).where(inArray(calibrationInvitations.roundId, ids)),
  ]);
  const authorityOf = new Map(invitations.map((i) => [`${i.roundId}/${i.userId}`, i.authorityId]));
  const allAuthorities = [...new Set(invitations.map((i) => i.authorityId))].sort();
  const shown = own ? allAuthorities.filter((a) => a === own) : allAuthorities;
  const itemRows = new Map<string, { item: CalibrationItem; modelTitle: string; metric: Metric; byRound: Map<string, (string | number)[]> }>();
  const historyRounds = rounds.map((round): HistoryRound => {
    const model = ctx.registry.used(round.modelId, round.modelVersion);
    const items = model && isAssessable(model) ? calibrationItems(model).filter((i) => round.itemIds.includes(i.id)) : [];
    const metric: Metric = model && isAssessable(model) ? metricOf(model) : 'nominal';
    const mine = answers.filter((a) => a.roundId === round.id);
    const alphaOf = (authorityId: string | null) => krippendorffAlpha(reliabilityData(items, authorityId === null ? mine : mine.filter((a) => authorityOf.get(`${round.id}/${a.userId}`) === authorityId)), metric);
    for (const item of items) {
      const key = `${round.modelId}/${item.id}`;
      const row = itemRows.get(key) ?? { item, modelTitle: model?.title ?? round.modelId, metric, byRound: new Map() };
      row.byRound.set(round.id, mine.filter((a) => a.itemId === item.id).map((a) => statValue(item.kind, a.value)));
      itemRows.set(key, row);
    }
    const alpha = alphaOf(null);
    return { id: round.id, title: round.title, closedOn: round.closedAt ?? round.createdAt, alpha, band: alpha === null ? null : reliabilityBand(alpha), byAuthority: Object.fromEntries(shown.map((a) => [a, alphaOf(a)])) };
  });
  const items = [...itemRows.values()].map((r): HistoryItem => {
    const alpha = krippendorffAlpha(r.byRound, r.metric);
    return { item: r.item, modelTitle: r.modelTitle, rounds: r.byRound.size, alpha, band: alpha === null ? null : reliabilityBand(alpha) };
  });
  return { authorities: shown, rounds: historyRounds, items };
}
