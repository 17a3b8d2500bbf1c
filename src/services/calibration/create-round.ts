// A manager (their own authority's inspectors) or the auditor (any authority's) starts a calibration
// round: an anonymised case — text and up to five files — the model and the items to judge, the
// invited inspectors and a deadline. One transaction with an audit entry.
import { and, eq, inArray } from 'drizzle-orm';
import { z } from 'zod';
import { calibrationItems } from '../../core/calibration/calibration-items.ts';
import { todayInDenmark } from '../../core/calendar.ts';
import { isAssessable } from '../../core/model/schema.ts';
import { calibrationAttachments, calibrationInvitations, calibrationRounds, users } from '../../storage/schema.ts';
import { one } from '../../storage/one-row.ts';
import type { Actor } from '../actor.ts';
import { recordAudit } from '../audit.ts';
import type { ServiceContext } from '../context.ts';
import { requireAbility } from '../permissions.ts';
import { calibrationCreateAbilities } from '../policies/abilities.ts';
import { invalid } from '../service-error.ts';
import { parseOptions, uuid } from '../service-options.ts';
import { checkedFileType, fileSchema } from '../uploaded-file.ts';
import { refusePersonalData } from './round-fields.ts';
import { dateField, requiredField } from '../form-fields.ts';

export const createRoundSchema = z.object({
  title: requiredField('Titlen', 200),
  modelId: z.string({ error: 'Vælg en model.' }).min(1, 'Vælg en model.'),
  itemIds: z.array(z.string(), { error: 'Vælg de punkter, der skal bedømmes.' }).min(1, 'Vælg mindst ét punkt, der skal bedømmes.').max(60, 'Vælg højst 60 punkter.'),
  caseText: requiredField('Sagen', 20_000),
  deadline: dateField('Fristen'),
  inviteeIds: z.array(uuid(), { error: 'Vælg de tilsynskonsulenter, der skal bedømme sagen.' }).min(2, 'Vælg mindst to tilsynskonsulenter – enighed kræver mindst to.').max(100, 'Vælg højst 100 tilsynskonsulenter.'),
  attachments: z.array(fileSchema).max(5, 'Vedhæft højst fem bilag.').default([]),
});
export type CreateRoundOptions = z.input<typeof createRoundSchema>;

export async function createRound(ctx: ServiceContext, actor: Actor, options: CreateRoundOptions | Record<string, unknown>): Promise<{ id: string }> {
  const input = parseOptions(createRoundSchema, options);
  const { create, inviteFrom } = calibrationCreateAbilities(actor);
  requireAbility(create, 'Kun en leder eller revisionen opretter kalibreringsrunder.');
  if (input.deadline < todayInDenmark(ctx.now())) throw invalid([{ field: 'deadline', message: 'Fristen kan ikke ligge før i dag.' }]);
  const model = ctx.registry.get(input.modelId);
  if (!model || !isAssessable(model)) throw invalid([{ field: 'modelId', message: 'Vælg en model fra listen.' }]);
  const known = new Set(calibrationItems(model).map((i) => i.id));
  const itemIds = [...new Set(input.itemIds)];
  const unknown = itemIds.find((id) => !known.has(id));
  if (unknown) throw invalid([{ field: 'itemIds', message: `Punktet ${unknown} findes ikke i modellen ${model.title}.` }]);
  refusePersonalData('title', input.title, 'Titlen');
  refusePersonalData('caseText', input.caseText, 'Sagen');
  const files = input.attachments.filter((f) => f.data.length > 0).map((file) => {
    const fileType = checkedFileType(file, 'attachments');
    if (fileType.startsWith('text/plain')) refusePersonalData('attachments', new TextDecoder().decode(file.data), `Bilaget ${file.name}`);
    return { ...file, fileType };
  });

  const inviteeIds = [...new Set(input.inviteeIds)];
  const invitees = await ctx.db.select({ id: users.id, authorityId: users.authorityId }).from(users)
    .where(and(inArray(users.id, inviteeIds), eq(users.role, 'inspector'), eq(users.active, true)));
  const allowed = invitees.filter((u): u is { id: string; authorityId: string } => u.authorityId !== null && (inviteFrom === null || inviteFrom.includes(u.authorityId)));
  if (allowed.length !== inviteeIds.length) throw invalid([{ field: 'inviteeIds', message: inviteFrom === null ? 'Vælg aktive tilsynskonsulenter fra listen.' : 'Vælg aktive tilsynskonsulenter fra dit eget socialtilsyn.' }]);

  return ctx.db.transaction(async (tx) => {
    const round = one(await tx.insert(calibrationRounds).values({
      title: input.title, ownerId: actor.id, ownerAuthorityId: inviteFrom === null ? null : actor.authorityId,
      caseText: input.caseText, modelId: model.id, modelVersion: model.version, itemIds, deadline: input.deadline,
    }).returning({ id: calibrationRounds.id }));
    await tx.insert(calibrationInvitations).values(allowed.map((u) => ({ roundId: round.id, userId: u.id, authorityId: u.authorityId })));
    if (files.length > 0) await tx.insert(calibrationAttachments).values(files.map((f) => ({ roundId: round.id, fileName: f.name, fileType: f.fileType, fileData: f.data })));
    await recordAudit(tx, actor, { action: 'calibration_round.create', entityType: 'calibration_round', entityId: round.id, before: null, after: { title: input.title, modelId: model.id, modelVersion: model.version, itemIds, deadline: input.deadline, invited: allowed.map((u) => u.id), attachments: files.map((f) => f.name) } });
    return { id: round.id };
  });
}
