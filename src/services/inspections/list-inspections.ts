// The inspections an actor may see, newest change first, with the provider's or foster
// family's name; optionally only those of one status.
import { and, desc, eq, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import type { Phase } from '../../core/assessment/assessment-input.ts';
import { fosterFamilies, inspections, providers } from '../../storage/schema.ts';
import type { ServiceContext } from '../context.ts';
import type { Actor } from '../actor.ts';
import { scope } from '../policies/scopes.ts';
import { scopeCondition } from '../policies/scope-condition.ts';
import { INSPECTION_STATUSES, type InspectionStatus, type Risk } from '../../core/vocabulary.ts';
import { parseOptions } from './shared.ts';

export type ListInspectionsOptions = z.input<typeof listInspectionsSchema>;

export type InspectionListItem = {
  id: string;
  title: string;
  authorityId: string;
  phase: Phase;
  status: InspectionStatus;
  risk: Risk;
  modelId: string;
  modelVersion: string;
  entity: { kind: 'provider' | 'fosterFamily'; id: string; name: string };
  updatedAt: Date;
};

export const listInspectionsSchema = z.object({
  status: z
    .union([z.enum(INSPECTION_STATUSES), z.literal(''), z.null()], { error: 'Status skal være planlagt, i gang, afsluttet eller aflyst.' }).optional()
    .transform((v) => (v ? v : null)),
});

export async function listInspections(ctx: ServiceContext, actor: Actor, options: ListInspectionsOptions = {}): Promise<InspectionListItem[]> {
  const input = parseOptions(listInspectionsSchema, options);
  const visible = scope(actor, 'inspections');
  const inScope = visible && scopeCondition(visible, inspections);
  if (inScope === null || !visible) return [];
  const where: SQL[] = inScope ? [inScope] : [];
  if (input.status) where.push(eq(inspections.status, input.status));
  const rows = await ctx.db
    .select({
      inspection: inspections,
      providerName: providers.name,
      fosterFamilyName: fosterFamilies.name,
    })
    .from(inspections)
    .leftJoin(providers, eq(providers.id, inspections.providerId))
    .leftJoin(fosterFamilies, eq(fosterFamilies.id, inspections.fosterFamilyId))
    .where(where.length ? and(...where) : undefined)
    .orderBy(desc(inspections.updatedAt), inspections.title);
  return rows
    .map(({ inspection: i, providerName, fosterFamilyName }) => ({
      id: i.id,
      title: i.title,
      authorityId: i.authorityId,
      phase: i.phase,
      status: i.status,
      risk: i.risk,
      modelId: i.modelId,
      modelVersion: i.modelVersion,
      entity: i.providerId
        ? { kind: 'provider' as const, id: i.providerId, name: providerName ?? '' }
        : { kind: 'fosterFamily' as const, id: i.fosterFamilyId ?? '', name: fosterFamilyName ?? '' },
      updatedAt: i.updatedAt,
    }));
}
