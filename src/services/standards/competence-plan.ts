// The competence development plan (seed 003, standard "Kompetenceudvikling"): modules — a topic such as
// forflytning, magtanvendelse, medicin or ernæring, a target group and dates — with their participants
// and who has completed. The institution keeps it; the region reads it. One transaction per write.
import { and, asc, eq, inArray, isNull } from 'drizzle-orm';
import { z } from 'zod';
import { isIsoDate } from '../../core/calendar.ts';
import { competenceModules, competenceParticipants } from '../../storage/schema.ts';
import type { Actor } from '../actor.ts';
import { recordAudit } from '../audit.ts';
import type { ServiceContext } from '../context.ts';
import { requireAbility } from '../permissions.ts';
import { invalid, notFound } from '../service-error.ts';
import { isUuid, parseOptions } from '../service-options.ts';
import { dateField, requiredField } from '../form-fields.ts';
import { loadInstitution, type Institution } from './load-institution.ts';

export type CompetenceModule = typeof competenceModules.$inferSelect & { participants: (typeof competenceParticipants.$inferSelect)[] };
export type CompetencePlanView = { institution: Institution; modules: CompetenceModule[]; mayWrite: boolean };

/** Topics the seed's examples suggest; any other topic may be written. */
export const SUGGESTED_TOPICS = ['Forflytning', 'Magtanvendelse', 'Medicin', 'Ernæring'] as const;
const MAX_PARTICIPANTS = 200;

export async function getCompetencePlan(ctx: ServiceContext, actor: Actor, providerId: unknown): Promise<CompetencePlanView> {
  const { institution, abilities } = await loadInstitution(ctx, actor, providerId);
  requireAbility(abilities.read, 'Du har ikke adgang til institutionens kvalitetsarbejde.');
  const modules = await ctx.db.select().from(competenceModules).where(eq(competenceModules.providerId, institution.providerId)).orderBy(asc(competenceModules.startsOn));
  const participants = modules.length === 0 ? [] : await ctx.db.select().from(competenceParticipants).where(inArray(competenceParticipants.moduleId, modules.map((m) => m.id))).orderBy(asc(competenceParticipants.name));
  return { institution, modules: modules.map((m) => ({ ...m, participants: participants.filter((p) => p.moduleId === m.id) })), mayWrite: abilities.write };
}


export const addCompetenceModuleSchema = z.object({
  providerId: z.string(),
  topic: requiredField('Emnet', 200),
  targetGroup: requiredField('Målgruppen', 300),
  startsOn: dateField('Startdatoen'),
  endsOn: dateField('Slutdatoen'),
  /** One participant per line. */
  participants: z.string().default(''),
}).refine((o) => !isIsoDate(o.startsOn) || !isIsoDate(o.endsOn) || o.endsOn >= o.startsOn, { path: ['endsOn'], message: 'Slutdatoen kan ikke ligge før startdatoen.' });

export async function addCompetenceModule(ctx: ServiceContext, actor: Actor, input: unknown): Promise<CompetenceModule> {
  const o = parseOptions(addCompetenceModuleSchema, input);
  const { institution, abilities } = await loadInstitution(ctx, actor, o.providerId);
  requireAbility(abilities.write, 'Kun institutionen selv skriver sin kompetenceudviklingsplan.');
  const names = [...new Set(o.participants.split(/\r?\n/).map((n) => n.trim()).filter(Boolean))];
  if (names.length > MAX_PARTICIPANTS) throw invalid([{ field: 'participants', message: `Højst ${MAX_PARTICIPANTS} deltagere pr. modul.` }]);
  const tooLong = names.find((n) => n.length > 200);
  if (tooLong) throw invalid([{ field: 'participants', message: `Et navn må højst være 200 tegn ("${tooLong.slice(0, 30)}…").` }]);
  return ctx.db.transaction(async (tx) => {
    const [module] = await tx.insert(competenceModules).values({ providerId: institution.providerId, topic: o.topic, targetGroup: o.targetGroup, startsOn: o.startsOn, endsOn: o.endsOn, createdBy: actor.id }).returning();
    const participants = names.length === 0 ? [] : await tx.insert(competenceParticipants).values(names.map((name) => ({ moduleId: module!.id, name }))).returning();
    await recordAudit(tx, actor, { action: 'competence_module.add', entityType: 'competence_module', entityId: module!.id, before: null, after: { topic: o.topic, targetGroup: o.targetGroup, startsOn: o.startsOn, endsOn: o.endsOn, participants: names.length } });
    return { ...module!, participants };
  });
}

export const recordCompletionSchema = z.object({
  providerId: z.string(),
  moduleId: z.string(),
  participantIds: z.array(z.string()).min(1, 'Vælg mindst én deltager.'),
  completedOn: dateField('Datoen'),
});

/** Marks participants of one module as having completed it, on a date. */
export async function recordCompletion(ctx: ServiceContext, actor: Actor, input: unknown): Promise<number> {
  const o = parseOptions(recordCompletionSchema, input);
  const { institution, abilities } = await loadInstitution(ctx, actor, o.providerId);
  requireAbility(abilities.write, 'Kun institutionen selv skriver sin kompetenceudviklingsplan.');
  if (!isUuid(o.moduleId) || !o.participantIds.every(isUuid)) throw notFound('Modulet');
  const [module] = await ctx.db.select().from(competenceModules).where(and(eq(competenceModules.id, o.moduleId), eq(competenceModules.providerId, institution.providerId)));
  if (!module) throw notFound('Modulet');
  return ctx.db.transaction(async (tx) => {
    const done = await tx.update(competenceParticipants).set({ completedOn: o.completedOn })
      .where(and(eq(competenceParticipants.moduleId, module.id), inArray(competenceParticipants.id, o.participantIds), isNull(competenceParticipants.completedOn))).returning({ id: competenceParticipants.id });
    await recordAudit(tx, actor, { action: 'competence_module.complete', entityType: 'competence_module', entityId: module.id, before: null, after: { completedOn: o.completedOn, participants: done.length } });
    return done.length;
  });
}
