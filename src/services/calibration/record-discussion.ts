// After closing, the owner records the discussion of an item and, if the group agreed, the answer.
import { z } from 'zod';
import { isAnswer } from '../../core/calibration/calibration-items.ts';
import { calibrationDiscussions } from '../../storage/schema.ts';
import type { Actor } from '../actor.ts';
import { recordAudit } from '../audit.ts';
import type { ServiceContext } from '../context.ts';
import { requireAbility } from '../permissions.ts';
import { invalid } from '../service-error.ts';
import { parseOptions } from '../service-options.ts';
import { loadRound } from './load-round.ts';
import { refusePersonalData } from './round-fields.ts';
import { requiredField } from '../form-fields.ts';

export const recordDiscussionSchema = z.object({
  roundId: z.string(),
  itemId: z.string({ error: 'Punktet mangler.' }),
  note: requiredField('Drøftelsen', 4000),
  agreedValue: z.string().trim().default(''),
});
export type RecordDiscussionOptions = z.input<typeof recordDiscussionSchema>;

export async function recordDiscussion(ctx: ServiceContext, actor: Actor, options: RecordDiscussionOptions): Promise<void> {
  const input = parseOptions(recordDiscussionSchema, options);
  const { round, items, abilities } = await loadRound(ctx, actor, input.roundId);
  requireAbility(abilities.discuss, 'Drøftelsen skrives af den, der oprettede runden, når runden er lukket.');
  const item = items.find((i) => i.id === input.itemId);
  if (!item) throw invalid([{ field: 'itemId', message: 'Punktet hører ikke til runden.' }]);
  if (input.agreedValue !== '' && !isAnswer(item, input.agreedValue)) throw invalid([{ field: 'agreedValue', message: 'Vælg det fælles svar fra listen, eller lad feltet stå tomt.' }]);
  refusePersonalData('note', input.note, 'Drøftelsen');
  const agreedValue = input.agreedValue === '' ? null : input.agreedValue;
  await ctx.db.transaction(async (tx) => {
    await tx.insert(calibrationDiscussions).values({ roundId: round.id, itemId: item.id, note: input.note, agreedValue, recordedBy: actor.id, recordedAt: ctx.now() })
      .onConflictDoUpdate({ target: [calibrationDiscussions.roundId, calibrationDiscussions.itemId], set: { note: input.note, agreedValue, recordedBy: actor.id, recordedAt: ctx.now() } });
    await recordAudit(tx, actor, { action: 'calibration_round.discuss', entityType: 'calibration_round', entityId: round.id, before: null, after: { itemId: item.id, note: input.note, agreedValue } });
  });
}
