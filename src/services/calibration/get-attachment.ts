// A round's attached case material: for whoever may read the round.
import { and, eq } from 'drizzle-orm';
import { calibrationAttachments } from '../../storage/schema.ts';
import type { Actor } from '../actor.ts';
import type { ServiceContext } from '../context.ts';
import { notFound } from '../service-error.ts';
import { isUuid } from '../service-options.ts';
import { loadRound } from './load-round.ts';

export async function getRoundAttachment(ctx: ServiceContext, actor: Actor, roundId: unknown, attachmentId: unknown): Promise<{ name: string; type: string; data: Uint8Array }> {
  const { round } = await loadRound(ctx, actor, roundId);
  if (!isUuid(attachmentId)) throw notFound('Bilaget');
  const [row] = await ctx.db.select({ name: calibrationAttachments.fileName, type: calibrationAttachments.fileType, data: calibrationAttachments.fileData })
    .from(calibrationAttachments).where(and(eq(calibrationAttachments.id, attachmentId), eq(calibrationAttachments.roundId, round.id)));
  if (!row) throw notFound('Bilaget');
  return row;
}
