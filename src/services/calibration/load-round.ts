// A calibration round with its invitations, the model it asks about and the items, and what the
// actor may do with it: the start of every use case on one round.
import { eq } from 'drizzle-orm';
import { calibrationItems, metricOf, type CalibrationItem } from '../../core/calibration/calibration-items.ts';
import { isAssessable, type AssessableModel } from '../../core/model/schema.ts';
import type { Metric } from '../../core/statistics/agreement.ts';
import { calibrationInvitations, calibrationRounds, users } from '../../storage/schema.ts';
import type { Db } from '../../storage/database.ts';
import type { Actor } from '../actor.ts';
import type { ServiceContext } from '../context.ts';
import { calibrationAbilities } from '../policies/abilities.ts';
import { forbidden, notFound } from '../service-error.ts';
import { isUuid } from '../service-options.ts';

export type RoundRow = typeof calibrationRounds.$inferSelect;
export type Invitee = { userId: string; name: string; authorityId: string };
export type LoadedRound = {
  round: RoundRow;
  invited: Invitee[];
  model: AssessableModel;
  items: CalibrationItem[];
  metric: Metric;
  abilities: ReturnType<typeof calibrationAbilities>;
};

export async function loadInvitees(db: Db, roundId: string): Promise<Invitee[]> {
  return db.select({ userId: calibrationInvitations.userId, name: users.displayName, authorityId: calibrationInvitations.authorityId })
    .from(calibrationInvitations).innerJoin(users, eq(users.id, calibrationInvitations.userId))
    .where(eq(calibrationInvitations.roundId, roundId)).orderBy(calibrationInvitations.authorityId, users.displayName);
}

/** The round, or not found; refused unless the actor may read it. */
export async function loadRound(ctx: ServiceContext, actor: Actor, roundId: unknown): Promise<LoadedRound> {
  const db = ctx.db;
  if (!isUuid(roundId)) throw notFound('Kalibreringsrunden');
  const [round] = await db.select().from(calibrationRounds).where(eq(calibrationRounds.id, roundId));
  if (!round) throw notFound('Kalibreringsrunden');
  const invited = await loadInvitees(db, round.id);
  const abilities = calibrationAbilities(actor, { ownerId: round.ownerId, ownerAuthorityId: round.ownerAuthorityId, status: round.status, invited });
  if (!abilities.read) throw forbidden('Du har ikke adgang til kalibreringsrunden.');
  const model = ctx.registry.used(round.modelId, round.modelVersion);
  if (!model || !isAssessable(model)) throw notFound('Rundens model');
  const byId = new Map(calibrationItems(model).map((i) => [i.id, i]));
  const items = round.itemIds.flatMap((id) => byId.get(id) ?? []);
  return { round, invited, model, items, metric: metricOf(model), abilities };
}
