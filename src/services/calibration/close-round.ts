// The owner closes a round: from then on the answers are fixed and the results are shown.
import { and, eq, sql } from 'drizzle-orm';
import { calibrationRounds } from '../../storage/schema.ts';
import type { Actor } from '../actor.ts';
import { recordAudit } from '../audit.ts';
import type { ServiceContext } from '../context.ts';
import { requireAbility } from '../permissions.ts';
import { conflict } from '../service-error.ts';
import { loadRound } from './load-round.ts';

export async function closeRound(ctx: ServiceContext, actor: Actor, roundId: unknown): Promise<void> {
  const { round, abilities } = await loadRound(ctx, actor, roundId);
  requireAbility(abilities.close, round.status === 'closed' ? 'Runden er allerede lukket.' : 'Kun den, der oprettede runden, lukker den.');
  await ctx.db.transaction(async (tx) => {
    const closed = await tx.update(calibrationRounds).set({ status: 'closed', closedAt: ctx.now(), version: sql`${calibrationRounds.version} + 1` })
      .where(and(eq(calibrationRounds.id, round.id), eq(calibrationRounds.status, 'open'))).returning({ id: calibrationRounds.id });
    if (closed.length === 0) throw conflict('Runden er allerede lukket.');
    await recordAudit(tx, actor, { action: 'calibration_round.close', entityType: 'calibration_round', entityId: round.id, before: { status: 'open' }, after: { status: 'closed' } });
  });
}
