// One institution of the regions' model with what access decisions need: its region, authority,
// whether it shares its work with the authority, and whether the actor is a surveyor on it.
import { and, eq } from 'drizzle-orm';
import { externalEvaluationSurveyors, externalEvaluations, institutionAdoptions, providers } from '../../storage/schema.ts';
import type { Actor } from '../actor.ts';
import type { ServiceContext } from '../context.ts';
import { institutionAbilities, type InstitutionRecord } from '../policies/abilities.ts';
import { isUuid } from '../service-options.ts';
import { notFound } from '../service-error.ts';

export type Institution = InstitutionRecord & { name: string };

export async function loadInstitution(ctx: ServiceContext, actor: Actor, providerId: unknown): Promise<{ institution: Institution; abilities: ReturnType<typeof institutionAbilities> }> {
  if (typeof providerId !== 'string' || !isUuid(providerId)) throw notFound('Institutionen');
  const [row] = await ctx.db
    .select({ providerId: providers.id, name: providers.name, regionId: providers.regionId, authorityId: providers.authorityId, shared: institutionAdoptions.sharedWithAuthority })
    .from(providers)
    .leftJoin(institutionAdoptions, eq(institutionAdoptions.providerId, providers.id))
    .where(eq(providers.id, providerId));
  if (!row || row.regionId === null) throw notFound('Institutionen');
  const assigned = actor.role === 'surveyor' && (await ctx.db.select({ id: externalEvaluations.id }).from(externalEvaluations)
    .innerJoin(externalEvaluationSurveyors, eq(externalEvaluationSurveyors.evaluationId, externalEvaluations.id))
    .where(and(eq(externalEvaluations.providerId, row.providerId), eq(externalEvaluationSurveyors.userId, actor.id)))).length > 0;
  const institution: Institution = { providerId: row.providerId, name: row.name, regionId: row.regionId, authorityId: row.authorityId, sharedWithAuthority: row.shared ?? false };
  return { institution, abilities: institutionAbilities(actor, institution, assigned) };
}
