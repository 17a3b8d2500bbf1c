// What a new inspection would be about: the provider or foster family, its authority and the
// quality models it may be inspected against. Used by the "new inspection" form and by
// create-inspection.
import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { fosterFamilies, providers } from '../../storage/schema.ts';
import type { Db, Tx } from '../../storage/database.ts';
import type { ServiceContext } from '../context.ts';
import type { Actor } from '../actor.ts';
import { authorize } from '../permissions.ts';
import { notFound } from '../service-error.ts';
import { isUuid, parseOptions } from './shared.ts';

export type InspectionTargetKind = 'provider' | 'fosterFamily';

/** Models per kind of entity; the first is the default. */
export const MODELS_FOR: Record<InspectionTargetKind, string[]> = {
  provider: ['tilbud', 'tilbud-2017'],
  fosterFamily: ['plejefamilie'],
};

export type InspectionTarget = {
  kind: InspectionTargetKind;
  id: string;
  name: string;
  municipality: string;
  authorityId: string;
  defaultModelId: string;
  models: { id: string; title: string; version: string }[];
};

export type GetInspectionTargetOptions = z.input<typeof targetRefSchema>;

const entityRef = z.union([z.string(), z.null()]).optional().transform((v) => (typeof v === 'string' && v.trim() !== '' ? v.trim() : null));

export const targetRefSchema = z
  .object({ providerId: entityRef, fosterFamilyId: entityRef })
  .superRefine((v, ctx) => {
    if ((v.providerId === null) === (v.fosterFamilyId === null)) {
      ctx.addIssue({ code: 'custom', path: ['providerId'], message: 'Vælg enten et tilbud eller en plejefamilie.' });
    }
  });

/** Loads the entity without a permission check; callers authorize. */
export async function loadTarget(ctx: ServiceContext, db: Db | Tx, ref: { providerId: string | null; fosterFamilyId: string | null }): Promise<InspectionTarget> {
  const models = (kind: InspectionTargetKind) =>
    MODELS_FOR[kind].flatMap((id) => {
      const m = ctx.registry.get(id);
      return m ? [{ id: m.id, title: m.title, version: m.version }] : [];
    });
  if (ref.providerId !== null) {
    if (!isUuid(ref.providerId)) throw notFound('Tilbuddet');
    const [p] = await db.select().from(providers).where(eq(providers.id, ref.providerId));
    if (!p) throw notFound('Tilbuddet');
    return { kind: 'provider', id: p.id, name: p.name, municipality: p.municipality, authorityId: p.authorityId, defaultModelId: MODELS_FOR.provider[0]!, models: models('provider') };
  }
  if (!isUuid(ref.fosterFamilyId)) throw notFound('Plejefamilien');
  const [f] = await db.select().from(fosterFamilies).where(eq(fosterFamilies.id, ref.fosterFamilyId));
  if (!f) throw notFound('Plejefamilien');
  return { kind: 'fosterFamily', id: f.id, name: f.name, municipality: f.municipality, authorityId: f.authorityId, defaultModelId: MODELS_FOR.fosterFamily[0]!, models: models('fosterFamily') };
}

export async function getInspectionTarget(ctx: ServiceContext, actor: Actor, options: GetInspectionTargetOptions): Promise<InspectionTarget> {
  const ref = parseOptions(targetRefSchema, options);
  const target = await loadTarget(ctx, ctx.db, ref);
  authorize(actor, 'inspection.write', {
    authorityId: target.authorityId,
    providerId: target.kind === 'provider' ? target.id : null,
    fosterFamilyId: target.kind === 'fosterFamily' ? target.id : null,
  });
  return target;
}
