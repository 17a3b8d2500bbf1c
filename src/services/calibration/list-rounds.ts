// The calibration rounds an actor may see, newest first, paged: the auditor all, a manager their
// authority's (owned or taken part in), an inspector those they are invited to.
import { count, desc, eq, exists, or, sql, type SQL } from 'drizzle-orm';
import { calibrationInvitations, calibrationRounds } from '../../storage/schema.ts';
import type { Actor } from '../actor.ts';
import type { ServiceContext } from '../context.ts';
import { PAGE_SIZE, paged, pageField, type Paged } from '../list-paging.ts';
import { calibrationCreateAbilities, calibrationScope, type CalibrationScope } from '../policies/abilities.ts';
import { parseOptions } from '../service-options.ts';
import { z } from 'zod';

export type RoundListItem = Pick<typeof calibrationRounds.$inferSelect, 'id' | 'title' | 'modelId' | 'deadline' | 'status' | 'closedAt' | 'createdAt'> & { invited: number };
export type RoundList = Paged<RoundListItem> & { mayCreate: boolean };

const invitedWhere = (where: SQL) => exists(sql`(select 1 from ${calibrationInvitations} where ${calibrationInvitations.roundId} = ${calibrationRounds.id} and ${where})`);

/** The rounds a scope holds, as a condition on calibration_rounds (undefined: all). */
export function roundsIn(scope: CalibrationScope): SQL | undefined {
  switch (scope.kind) {
    case 'all':
      return undefined;
    case 'authority':
      return or(eq(calibrationRounds.ownerAuthorityId, scope.id), eq(calibrationRounds.ownerId, scope.userId), invitedWhere(eq(calibrationInvitations.authorityId, scope.id)));
    case 'invited':
      return invitedWhere(eq(calibrationInvitations.userId, scope.userId));
  }
}

const schema = z.object({ page: pageField });

export async function listRounds(ctx: ServiceContext, actor: Actor, options: { page?: string | number } = {}): Promise<RoundList> {
  const { page } = parseOptions(schema, options);
  const mayCreate = calibrationCreateAbilities(actor).create;
  const scope = calibrationScope(actor);
  if (!scope) return { ...paged([], 0, 1), mayCreate };
  const where = roundsIn(scope);
  const invited = sql<number>`(select count(*) from ${calibrationInvitations} where ${calibrationInvitations.roundId} = ${calibrationRounds.id})`.mapWith(Number);
  const [[total], rows] = await Promise.all([
    ctx.db.select({ n: count() }).from(calibrationRounds).where(where),
    ctx.db.select({ id: calibrationRounds.id, title: calibrationRounds.title, modelId: calibrationRounds.modelId, deadline: calibrationRounds.deadline, status: calibrationRounds.status, closedAt: calibrationRounds.closedAt, createdAt: calibrationRounds.createdAt, invited })
      .from(calibrationRounds).where(where).orderBy(desc(calibrationRounds.createdAt), calibrationRounds.id).limit(PAGE_SIZE).offset((page - 1) * PAGE_SIZE),
  ]);
  return { ...paged(rows, total?.n ?? 0, page), mayCreate };
}

