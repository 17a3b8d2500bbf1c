// User and relative surveys (seed 003): a survey round — who was asked, when, how many were invited and
// answered — with its aggregated results per question, imported from a CSV file the survey tool
// exports. Every line is checked (the error names the line and the column); the round and its results
// are stored in one transaction or not at all. Rounds are shown as trends per question.
import { and, asc, eq, inArray } from 'drizzle-orm';
import { z } from 'zod';
import { isIsoDate } from '../../core/calendar.ts';
import { parseSurveyCsv, type SurveyResult } from '../../core/kinds/standards/survey-results.ts';
import { SURVEY_AUDIENCES } from '../../core/vocabulary.ts';
import { surveyResults, surveyRounds } from '../../storage/schema.ts';
import type { Actor } from '../actor.ts';
import { recordAudit } from '../audit.ts';
import type { ServiceContext } from '../context.ts';
import { requireAbility } from '../permissions.ts';
import { conflict, invalid, type FieldIssue } from '../service-error.ts';
import { parseOptions } from '../service-options.ts';
import { loadInstitution, type Institution } from './load-institution.ts';

/** Shown with the first errors; more than this many are counted, not listed. */
const MAX_LISTED = 20;

export type SurveyRound = typeof surveyRounds.$inferSelect & { results: SurveyResult[] };
export type SurveysView = { institution: Institution; rounds: SurveyRound[]; mayWrite: boolean };

export async function getSurveys(ctx: ServiceContext, actor: Actor, providerId: unknown): Promise<SurveysView> {
  const { institution, abilities } = await loadInstitution(ctx, actor, providerId);
  requireAbility(abilities.read, 'Du har ikke adgang til institutionens kvalitetsarbejde.');
  const rounds = await ctx.db.select().from(surveyRounds).where(eq(surveyRounds.providerId, institution.providerId)).orderBy(asc(surveyRounds.heldOn));
  const results = rounds.length === 0 ? [] : await ctx.db.select().from(surveyResults).where(inArray(surveyResults.roundId, rounds.map((r) => r.id))).orderBy(asc(surveyResults.questionNo));
  return {
    institution,
    rounds: rounds.map((r) => ({ ...r, results: results.filter((x) => x.roundId === r.id).map(({ questionNo, question, answers, positive }) => ({ questionNo, question, answers, positive })) })),
    mayWrite: abilities.write,
  };
}

const count = (what: string) => z.coerce.number({ error: `${what} skal være et helt tal.` }).int(`${what} skal være et helt tal.`).min(0, `${what} kan ikke være negativt.`).max(1_000_000, `${what} er for stort.`);

export const importSurveyRoundSchema = z.object({
  providerId: z.string(),
  audience: z.enum(SURVEY_AUDIENCES, { error: 'Vælg brugere eller pårørende.' }),
  heldOn: z.string({ error: 'Datoen skal udfyldes.' }).refine(isIsoDate, 'Datoen skal være en gyldig dato (ÅÅÅÅ-MM-DD).'),
  invited: count('Antal inviterede').min(1, 'Antal inviterede skal være mindst 1.'),
  responded: count('Antal besvarelser'),
  csv: z.string({ error: 'Vælg en CSV-fil.' }).min(1, 'Vælg en CSV-fil.').max(500_000, 'Filen må højst fylde 500 kB.'),
}).refine((o) => o.responded <= o.invited, { path: ['responded'], message: 'Der kan ikke være flere besvarelser end inviterede.' });

export async function importSurveyRound(ctx: ServiceContext, actor: Actor, input: unknown): Promise<SurveyRound> {
  const o = parseOptions(importSurveyRoundSchema, input);
  const { institution, abilities } = await loadInstitution(ctx, actor, o.providerId);
  requireAbility(abilities.write, 'Kun institutionen selv indlæser sine undersøgelser.');
  const parsed = parseSurveyCsv(o.csv, o.responded);
  if ('problems' in parsed) {
    const listed = parsed.problems.slice(0, MAX_LISTED).join('; ');
    const more = parsed.problems.length > MAX_LISTED ? ` (og ${parsed.problems.length - MAX_LISTED} fejl mere)` : '';
    throw invalid([{ field: 'csv', message: `Filen er ikke indlæst: ${listed}${more}.` } satisfies FieldIssue]);
  }
  return ctx.db.transaction(async (tx) => {
    const existing = await tx.select({ id: surveyRounds.id }).from(surveyRounds).where(and(eq(surveyRounds.providerId, institution.providerId), eq(surveyRounds.audience, o.audience), eq(surveyRounds.heldOn, o.heldOn)));
    if (existing.length > 0) throw conflict('Der er allerede en runde af den slags på den dato.');
    const [round] = await tx.insert(surveyRounds).values({ providerId: institution.providerId, audience: o.audience, heldOn: o.heldOn, invited: o.invited, responded: o.responded, createdBy: actor.id }).returning();
    await tx.insert(surveyResults).values(parsed.results.map((r) => ({ roundId: round!.id, ...r })));
    await recordAudit(tx, actor, { action: 'survey_round.import', entityType: 'survey_round', entityId: round!.id, before: null, after: { audience: o.audience, heldOn: o.heldOn, invited: o.invited, responded: o.responded, questions: parsed.results.length } });
    return { ...round!, results: parsed.results };
  });
}
