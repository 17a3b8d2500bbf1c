// An invited inspector answers a round: per item a value and a short reason, changed freely until
// the round is closed; an item left empty is no answer. Only their own answers are touched.
import { and, eq, inArray } from 'drizzle-orm';
import { z } from 'zod';
import { isAnswer } from '../../core/calibration/calibration-items.ts';
import { findPersonalData } from '../../core/report/personal-data.ts';
import { calibrationAnswers, calibrationRounds } from '../../storage/schema.ts';
import type { Actor } from '../actor.ts';
import { recordAudit } from '../audit.ts';
import type { ServiceContext } from '../context.ts';
import { requireAbility } from '../permissions.ts';
import { invalid, type FieldIssue } from '../service-error.ts';
import { parseOptions } from '../service-options.ts';
import { loadRound } from './load-round.ts';

const answerSchema = z.object({ value: z.string().trim().default(''), reason: z.string().trim().max(2000, 'Begrundelsen må højst være 2000 tegn.').default('') });
export const answerRoundSchema = z.object({ roundId: z.string(), answers: z.record(z.string(), answerSchema) });
export type AnswerRoundOptions = z.input<typeof answerRoundSchema>;

export async function answerRound(ctx: ServiceContext, actor: Actor, options: AnswerRoundOptions): Promise<{ answered: number }> {
  const input = parseOptions(answerRoundSchema, options);
  const { round, items, abilities } = await loadRound(ctx, actor, input.roundId);
  requireAbility(abilities.answer, round.status === 'closed' ? 'Runden er lukket; svarene kan ikke længere ændres.' : 'Kun de inviterede tilsynskonsulenter svarer i runden.');
  const issues: FieldIssue[] = [];
  const given: { itemId: string; value: string; reason: string }[] = [];
  const cleared: string[] = [];
  for (const item of items) {
    const a = input.answers[item.id];
    if (!a || (a.value === '' && a.reason === '')) {
      cleared.push(item.id);
      continue;
    }
    if (!isAnswer(item, a.value)) issues.push({ field: `value:${item.id}`, message: `${item.id}: vælg et svar fra listen.` });
    else if (a.reason === '') issues.push({ field: `reason:${item.id}`, message: `${item.id}: skriv en kort begrundelse for svaret.` });
    else if (findPersonalData(a.reason).length > 0) issues.push({ field: `reason:${item.id}`, message: `Begrundelsen til ${item.id} ser ud til at indeholde personoplysninger. Sagen skal være anonymiseret.` });
    else given.push({ itemId: item.id, value: a.value, reason: a.reason });
  }
  const stray = Object.keys(input.answers).find((id) => !items.some((i) => i.id === id));
  if (stray) issues.push({ field: `value:${stray}`, message: `Punktet ${stray} hører ikke til runden.` });
  if (issues.length > 0) throw invalid(issues, 'Svarene er ikke gemt.');
  return ctx.db.transaction(async (tx) => {
    // Closed meanwhile: nothing is written. The shared lock makes a closing wait for this answer.
    const [now] = await tx.select({ status: calibrationRounds.status }).from(calibrationRounds).where(eq(calibrationRounds.id, round.id)).for('share');
    requireAbility(now?.status === 'open', 'Runden er lukket; svarene kan ikke længere ændres.');
    if (cleared.length > 0) await tx.delete(calibrationAnswers).where(and(eq(calibrationAnswers.roundId, round.id), eq(calibrationAnswers.userId, actor.id), inArray(calibrationAnswers.itemId, cleared)));
    for (const g of given) {
      await tx.insert(calibrationAnswers).values({ roundId: round.id, userId: actor.id, ...g, answeredAt: ctx.now() })
        .onConflictDoUpdate({ target: [calibrationAnswers.roundId, calibrationAnswers.userId, calibrationAnswers.itemId], set: { value: g.value, reason: g.reason, answeredAt: ctx.now() } });
    }
    // Which items, never the answers: the audit trail must not open the round before it is closed.
    await recordAudit(tx, actor, { action: 'calibration_round.answer', entityType: 'calibration_round', entityId: round.id, before: null, after: { answered: given.map((g) => g.itemId) } });
    return { answered: given.length };
  });
}
