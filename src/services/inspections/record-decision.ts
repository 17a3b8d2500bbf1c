// A decision when the quality is not sufficient; only a manager of the authority decides.
// At approval: refusal or approval with conditions; in operation: injunction (always with a
// deadline), enhanced supervision (at most 6 months at a time), both, or revocation.
import { one } from '../../storage/one-row.ts';
import { z } from 'zod';
import { DECISIONS, decisionFitsBasis, decisionOptions, type Decision } from '../../core/assessment/decision-options.ts';
import { DECISION_LABEL, PHASE_LABEL } from '../../core/labels.ts';
import type { Phase } from '../../core/assessment/assessment-input.ts';
import { decisions } from '../../storage/schema.ts';
import type { ServiceContext } from '../context.ts';
import type { Actor } from '../actor.ts';
import { authorize } from '../permissions.ts';
import { recordAudit } from '../audit.ts';
import { invalid, type FieldIssue } from '../service-error.ts';
import { addMonths, todayInDenmark } from '../../core/calendar.ts';
import { qualityConclusion } from '../reports/quality-conclusion.ts';
import { assertOpen, bumpInspection, loadInspection, noteField, optionalDateField, parseOptions, targetOf } from './shared.ts';

export type RecordDecisionOptions = z.input<typeof recordDecisionSchema>;

export type DecisionRow = typeof decisions.$inferSelect;

/** Skærpet tilsyn lasts at most this many months at a time. */
export const ENHANCED_SUPERVISION_MAX_MONTHS = 6;
export const NEEDS_DEADLINE: readonly Decision[] = ['injunction', 'enhanced_supervision_with_injunction'];
export const NEEDS_END: readonly Decision[] = ['enhanced_supervision', 'enhanced_supervision_with_injunction'];

/** The decisions possible in a phase (the quality is not sufficient when one is made). */
export const decisionKindsFor = (phase: Phase): Decision[] => decisionOptions(phase, false);

export const recordDecisionSchema = z.object({
  inspectionId: z.string({ error: 'Tilsynet skal angives.' }),
  kind: z.enum(DECISIONS, { error: 'Afgørelse skal vælges.' }),
  deadline: optionalDateField('Frist skal være en gyldig dato (åååå-mm-dd).'),
  endsOn: optionalDateField('Slutdato skal være en gyldig dato (åååå-mm-dd).'),
  note: noteField('Begrundelse'),
  /** "… inden for en kortere periode vil kunne opfylde det eller de ikke-opfyldte kvalitetskriterier" (seed 000). */
  canMeetSoon: z.boolean({ error: 'Angiv, om socialtilsynet vurderer, at kvalitetskriterierne vil kunne opfyldes inden for en kortere periode.' }),
  basisReason: z
    .string({ error: 'Begrund vurderingen af, om kvalitetskriterierne vil kunne opfyldes inden for en kortere periode.' })
    .trim()
    .min(1, { error: 'Begrund vurderingen af, om kvalitetskriterierne vil kunne opfyldes inden for en kortere periode.' })
    .max(4000, { error: 'Begrundelsen må højst være 4000 tegn.' }),
});

export async function recordDecision(ctx: ServiceContext, actor: Actor, options: RecordDecisionOptions): Promise<DecisionRow> {
  const input = parseOptions(recordDecisionSchema, options);
  const today = todayInDenmark(ctx.now());
  const latestEnd = addMonths(today, ENHANCED_SUPERVISION_MAX_MONTHS);
  const issues: FieldIssue[] = [];
  if (NEEDS_DEADLINE.includes(input.kind)) {
    if (!input.deadline) issues.push({ field: 'deadline', message: 'Frist skal udfyldes: et påbud har altid en frist.' });
    else if (input.deadline < today) issues.push({ field: 'deadline', message: 'Frist kan ikke ligge før i dag.' });
  }
  if (NEEDS_END.includes(input.kind)) {
    if (!input.endsOn) issues.push({ field: 'endsOn', message: 'Slutdato skal udfyldes: skærpet tilsyn gælder højst 6 måneder ad gangen.' });
    else if (input.endsOn <= today) issues.push({ field: 'endsOn', message: 'Slutdato skal ligge efter i dag.' });
    else if (input.endsOn > latestEnd) issues.push({ field: 'endsOn', message: `Slutdato må højst ligge 6 måneder frem (senest ${latestEnd}): skærpet tilsyn gælder højst 6 måneder ad gangen.` });
  } else if (input.endsOn) {
    issues.push({ field: 'endsOn', message: 'Slutdato bruges kun ved skærpet tilsyn.' });
  }
  if (issues.length) throw invalid(issues);

  const inspection = await loadInspection(ctx.db, input.inspectionId);
  authorize(actor, 'decision.write', targetOf(inspection));
  assertOpen(inspection, { allowCompleted: true });
  const phase = inspection.phase;
  if (!decisionKindsFor(phase).includes(input.kind)) {
    throw invalid([{ field: 'kind', message: `Afgørelsen ${DECISION_LABEL[input.kind]} kan ikke træffes ved ${PHASE_LABEL[phase]}.` }]);
  }
  if (!decisionFitsBasis(input.kind, input.canMeetSoon)) {
    throw invalid([{
      field: 'kind',
      message: input.canMeetSoon
        ? `Kan kvalitetskriterierne opfyldes inden for en kortere periode, træffes afgørelse om ${phase === 'approval' ? 'godkendelse med vilkår' : 'skærpet tilsyn og/eller påbud'}, ikke ${DECISION_LABEL[input.kind]}.`
        : `Kan kvalitetskriterierne ikke opfyldes inden for en kortere periode, træffes afgørelse om ${phase === 'approval' ? 'afslag' : 'ophør af godkendelsen'}, ikke ${DECISION_LABEL[input.kind]}.`,
    }]);
  }

  return ctx.db.transaction(async (tx) => {
    // "Er der ikke den fornødne kvalitet …, skal socialtilsynet træffe afgørelse": with sufficient quality there is nothing to decide.
    if ((await qualityConclusion(ctx, tx, inspection)) === 'sufficient') {
      throw invalid([{ field: 'kind', message: 'Vurderingen konkluderer fornøden kvalitet: der træffes ikke en afgørelse om afslag, vilkår, påbud, skærpet tilsyn eller ophør.' }]);
    }
    const row = one(await tx
      .insert(decisions)
      .values({ inspectionId: inspection.id, kind: input.kind, deadline: input.deadline, endsOn: input.endsOn, note: input.note, canMeetSoon: input.canMeetSoon, basisReason: input.basisReason, decidedBy: actor.id })
      .returning());
    await bumpInspection(tx, inspection, ctx.now());
    await recordAudit(tx, actor, { action: 'decision.create', entityType: 'decision', entityId: row.id, before: null, after: row });
    return row;
  });
}
