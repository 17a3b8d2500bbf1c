// One calibration round as the actor may see it. While it is open, an invited inspector sees the
// case and their own answers only, and the owner how many have answered — never an answer or the
// distribution. Once closed: the results (alpha, distribution, reasons side by side); each
// inspector's deviation by name for the owner, an inspector their own; the discussion per item.
import { and, asc, count, eq } from 'drizzle-orm';
import { listAuthorities } from '../authorities/list-authorities.ts';
import { roundResults, type RoundResults } from '../../core/calibration/round-results.ts';
import { calibrationAnswers, calibrationAttachments, calibrationDiscussions, users } from '../../storage/schema.ts';
import type { Actor } from '../actor.ts';
import type { ServiceContext } from '../context.ts';
import { loadRound, type Invitee, type LoadedRound } from './load-round.ts';

export type MyAnswer = { value: string; reason: string };
export type Discussion = { itemId: string; note: string; agreedValue: string | null };
export type RoundView = Omit<LoadedRound, 'invited'> & {
  modelTitle: string;
  ownerName: string;
  /** Who takes part, by name: for the owner, the managers and the auditor; an inspector sees how many. */
  invited: Invitee[] | null;
  invitedCount: number;
  attachments: { id: string; fileName: string }[];
  myAnswers: Record<string, MyAnswer> | null;
  /** While open, for the owner: how many invited inspectors have answered every item. */
  answeredAll: number | null;
  results: RoundResults | null;
  discussions: Discussion[];
  authorityNames: Record<string, string>;
};

export async function getRound(ctx: ServiceContext, actor: Actor, roundId: unknown): Promise<RoundView> {
  const loaded = await loadRound(ctx, actor, roundId);
  const { round, invited, abilities, items } = loaded;
  const isInvited = invited.some((i) => i.userId === actor.id);
  const ofRound = eq(calibrationAnswers.roundId, round.id);
  // Answers are read only where the actor may see them: everyone's once closed, else their own;
  // the owner of an open round reads only how many items each inspector has answered.
  const [[owner], attachments, answers, answeredPerInspector, discussions, allAuthorities] = await Promise.all([
    ctx.db.select({ name: users.displayName }).from(users).where(eq(users.id, round.ownerId)),
    ctx.db.select({ id: calibrationAttachments.id, fileName: calibrationAttachments.fileName }).from(calibrationAttachments).where(eq(calibrationAttachments.roundId, round.id)).orderBy(asc(calibrationAttachments.createdAt), asc(calibrationAttachments.fileName)),
    abilities.readResults || isInvited ? ctx.db.select().from(calibrationAnswers).where(abilities.readResults ? ofRound : and(ofRound, eq(calibrationAnswers.userId, actor.id))) : [],
    abilities.close ? ctx.db.select({ n: count() }).from(calibrationAnswers).where(ofRound).groupBy(calibrationAnswers.userId) : [],
    abilities.readResults ? ctx.db.select({ itemId: calibrationDiscussions.itemId, note: calibrationDiscussions.note, agreedValue: calibrationDiscussions.agreedValue }).from(calibrationDiscussions).where(eq(calibrationDiscussions.roundId, round.id)) : [],
    listAuthorities(ctx),
  ]);
  const myAnswers = isInvited ? Object.fromEntries(answers.filter((a) => a.userId === actor.id).map((a) => [a.itemId, { value: a.value, reason: a.reason }])) : null;
  const answeredAll = abilities.close ? answeredPerInspector.filter((r) => r.n >= items.length).length : null;
  let results: RoundResults | null = null;
  if (abilities.readResults) {
    const all = roundResults(items, loaded.metric, invited, answers);
    results = abilities.readDeviations ? all : { ...all, inspectors: all.inspectors.filter((i) => i.userId === actor.id) };
  }
  const namesShown = actor.role !== 'inspector';
  const authorityNames = Object.fromEntries(allAuthorities.map((a) => [a.id, a.name]));
  return {
    ...loaded,
    modelTitle: loaded.model.title,
    ownerName: owner?.name ?? '',
    invited: namesShown ? invited : null,
    invitedCount: invited.length,
    attachments,
    myAnswers,
    answeredAll,
    results,
    discussions,
    authorityNames,
  };
}
