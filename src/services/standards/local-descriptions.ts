// The local description per standard (seed 003: "hvordan man helt konkret vil leve op til
// standarden"): the institution writes a new version (a draft replaces an earlier unapproved draft);
// the region approves it; approved versions stay as the history. One transaction with an audit entry.
import { and, desc, eq } from 'drizzle-orm';
import { z } from 'zod';
import { todayInDenmark } from '../../core/calendar.ts';
import { localDescriptions } from '../../storage/schema.ts';
import type { Actor } from '../actor.ts';
import { recordAudit } from '../audit.ts';
import type { ServiceContext } from '../context.ts';
import { requireAbility } from '../permissions.ts';
import { conflict, invalid, notFound } from '../service-error.ts';
import { isUuid, parseOptions } from '../service-options.ts';
import { standardsModelOf } from './get-standards-overview.ts';
import { loadInstitution } from './load-institution.ts';

export type LocalDescription = typeof localDescriptions.$inferSelect;

export async function listLocalDescriptions(ctx: ServiceContext, actor: Actor, providerId: unknown) {
  const { institution, abilities } = await loadInstitution(ctx, actor, providerId);
  requireAbility(abilities.read, 'Du har ikke adgang til institutionens kvalitetsarbejde.');
  const rows = await ctx.db.select().from(localDescriptions).where(eq(localDescriptions.providerId, institution.providerId)).orderBy(desc(localDescriptions.version));
  return { institution, descriptions: rows, mayWrite: abilities.write, mayApprove: abilities.approve };
}

export const writeLocalDescriptionSchema = z.object({
  providerId: z.string(),
  standardId: z.string().min(1),
  text: z.string({ error: 'Beskrivelsen skal udfyldes.' }).trim().min(1, 'Beskrivelsen skal udfyldes.').max(20_000, 'Beskrivelsen må højst være 20.000 tegn.'),
});

export async function writeLocalDescription(ctx: ServiceContext, actor: Actor, input: unknown): Promise<LocalDescription> {
  const o = parseOptions(writeLocalDescriptionSchema, input);
  const { institution, abilities } = await loadInstitution(ctx, actor, o.providerId);
  requireAbility(abilities.write, 'Kun institutionen selv skriver sine lokale beskrivelser.');
  if (!standardsModelOf(ctx.registry).standards.some((s) => s.id === o.standardId)) throw invalid([{ field: 'standardId', message: `Standarden "${o.standardId}" findes ikke i modellen.` }]);
  const d = localDescriptions;
  return ctx.db.transaction(async (tx) => {
    const where = and(eq(d.providerId, institution.providerId), eq(d.standardId, o.standardId));
    const [latest] = await tx.select().from(d).where(where).orderBy(desc(d.version)).limit(1);
    const values = { text: o.text, writtenBy: actor.id, writtenAt: ctx.now() };
    const [row] = latest?.status === 'draft'
      ? await tx.update(d).set(values).where(eq(d.id, latest.id)).returning()
      : await tx.insert(d).values({ providerId: institution.providerId, standardId: o.standardId, version: (latest?.version ?? 0) + 1, status: 'draft', ...values }).returning();
    await recordAudit(tx, actor, { action: 'local_description.write', entityType: 'local_description', entityId: row!.id, before: latest?.status === 'draft' ? { text: latest.text } : null, after: { version: row!.version, text: row!.text } });
    return row!;
  });
}

export async function approveLocalDescription(ctx: ServiceContext, actor: Actor, input: { providerId: unknown; descriptionId: unknown }): Promise<void> {
  const { institution, abilities } = await loadInstitution(ctx, actor, input.providerId);
  requireAbility(abilities.approve, 'Kun regionens kvalitetskonsulent godkender en lokal beskrivelse.');
  const descriptionId = typeof input.descriptionId === 'string' && isUuid(input.descriptionId) ? input.descriptionId : null;
  if (descriptionId === null) throw notFound('Beskrivelsen');
  const d = localDescriptions;
  const today = todayInDenmark(ctx.now());
  await ctx.db.transaction(async (tx) => {
    const [row] = await tx.update(d).set({ status: 'approved', approvedBy: actor.id, approvedOn: today })
      .where(and(eq(d.id, descriptionId), eq(d.providerId, institution.providerId), eq(d.status, 'draft'))).returning();
    if (!row) throw conflict('Beskrivelsen er allerede godkendt eller findes ikke.');
    await recordAudit(tx, actor, { action: 'local_description.approve', entityType: 'local_description', entityId: row.id, before: { status: 'draft' }, after: { status: 'approved', approvedOn: today } });
  });
}
