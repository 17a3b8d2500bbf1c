// The rules of the scored model (seed 002): applicability by legal basis, scores 1–5 with a
// written assessment in operation, expectations at approval, and the averages of the spider web.
import type { ScoredModel } from './catalog.ts';
import { checkShape, type Phase } from '../../assessment/assessment-input.ts';
import { scoredAssessmentSchema, type IndicatorRating } from './assessment-input.ts';
import { excludedIndicatorIds } from '../../assessment/applicability.ts';
import { checkEntityFlags } from '../../assessment/entity-rules.ts';
import { Findings, type Finding } from '../../assessment/findings.ts';
import { mean } from '../../assessment/mean.ts';
import { isIsoDate } from '../../calendar.ts';
import { decisionOptions, type Decision } from '../../assessment/decision-options.ts';
import { scaleWordingConflicts } from '../../analytics/consistency.ts';

export type ScoredEvaluation = {
  valid: boolean;
  errors: Finding[];
  warnings: Finding[];
  excludedIndicators: string[];
  /** Mean of the criterion's applicable indicator scores; null when none is scored (or at approval). */
  criteria: { id: string; number: number; average: number | null }[];
  /** Mean of the theme's criterion averages, leaving out criteria without one. */
  themes: { id: string; title: string; average: number | null }[];
  /** The authority's explicit conclusion (valid assessments only); null while invalid. */
  sufficientQuality: boolean | null;
  /** The decisions to choose from when the quality is not sufficient. */
  decisionOptions: Decision[];
};

export function evaluateScored(model: ScoredModel, input: unknown): ScoredEvaluation {
  const shape = checkShape(scoredAssessmentSchema, input);
  if (!shape.ok) {
    return { valid: false, errors: shape.errors, warnings: [], excludedIndicators: [], criteria: [], themes: [], sufficientQuality: null, decisionOptions: [] };
  }
  const a = shape.value;
  const f = new Findings();
  checkEntityFlags(f, a.entity);
  if (a.entity.legalBases.length === 0) {
    f.error('legal_basis_missing', 'entity.legalBases', 'Tilbuddets lovgrundlag skal angives: indikatorernes gyldighed afhænger af det.');
  }
  const excluded = new Set(excludedIndicatorIds(model, a.entity));
  const known = new Set(model.themes.flatMap((t) => t.criteria.flatMap((c) => c.indicators.map((i) => i.id))));
  for (const id of Object.keys(a.indicators)) {
    if (!known.has(id)) f.error('unknown_indicator', `indicators.${id}`, `Indikator ${id} findes ikke i modellen ${model.id}.`);
  }

  const criteria: ScoredEvaluation['criteria'] = [];
  const themes = model.themes.map((theme) => {
    const averages = theme.criteria.map((criterion) => {
      const scores: number[] = [];
      for (const indicator of criterion.indicators) {
        const rating = a.indicators[indicator.id];
        const path = `indicators.${indicator.id}`;
        if (excluded.has(indicator.id)) {
          if (rating) f.error('indicator_not_applicable', path, `Indikator ${indicator.id} gælder ikke for tilbuddets lovgrundlag eller type og må ikke bedømmes.`);
          continue;
        }
        const score = checkRating(f, a.phase, indicator.id, path, rating);
        if (score !== null) scores.push(score);
        for (const c of score !== null && rating ? scaleWordingConflicts(rating.text, score) : []) {
          f.warn('score_wording_conflict', `${path}.text`, `Indikator ${indicator.id} har scoren ${score}, men teksten siger "${c.phrase}", som er skalaens ord for ${c.phraseScore}.`);
        }
      }
      // Seed 004: "skriftlig vurdering af kvaliteten indenfor alle kvalitetsmodellens temaer, kriterier og indikatorer".
      if (criterion.indicators.some((i) => !excluded.has(i.id)) && (a.criteria[criterion.id]?.justification ?? '').trim() === '') {
        f.error('criterion_assessment_missing', `criteria.${criterion.id}.justification`, `Kriterium ${criterion.number} mangler en skriftlig vurdering.`);
      }
      const average = mean(scores);
      criteria.push({ id: criterion.id, number: criterion.number, average });
      return average;
    });
    return { id: theme.id, title: theme.title, average: mean(averages.filter((v): v is number => v !== null)) };
  });

  // The economy, as in the binary models: assessed, with a justification.
  if (!a.economy) {
    f.error('economy_missing', 'economy', 'Temaet økonomi er ikke vurderet (opfyldt eller ikke opfyldt).');
  } else if (a.economy.justification.trim() === '') {
    f.error('justification_missing', 'economy.justification', 'Vurderingen af økonomi mangler en faglig begrundelse.');
  }
  if (!a.conclusion) {
    f.error('conclusion_missing', 'conclusion', 'Socialtilsynets konklusion mangler: har tilbuddet den fornødne kvalitet?');
  } else {
    if (a.conclusion.justification.trim() === '') f.error('justification_missing', 'conclusion.justification', 'Konklusionen mangler en begrundelse.');
    if (a.conclusion.sufficientQuality && a.economy?.result === 'not_met') {
      f.error('sufficient_with_economy_not_met', 'conclusion', 'Fornøden kvalitet forudsætter, at økonomien er vurderet opfyldt.');
    }
  }
  const valid = f.errors.length === 0;
  const sufficientQuality = valid ? a.conclusion?.sufficientQuality ?? null : null;
  return {
    valid,
    errors: f.errors,
    warnings: f.warnings,
    excludedIndicators: [...excluded],
    criteria,
    themes,
    sufficientQuality,
    decisionOptions: sufficientQuality === false ? decisionOptions(a.phase, false) : [],
  };
}

/** Checks one applicable indicator's rating; returns its score when it counts toward the averages. */
function checkRating(f: Findings, phase: Phase, id: string, path: string, rating: IndicatorRating | undefined): number | null {
  if (!rating) {
    f.error('indicator_missing', path, phase === 'operation'
      ? `Indikator ${id} mangler en skriftlig bedømmelse og en score (1–5).`
      : `Indikator ${id} mangler en skriftlig bedømmelse og en forventning (forventes at kunne / ikke at kunne opfylde).`);
    return null;
  }
  if (rating.text.trim() === '') f.error('assessment_text_missing', `${path}.text`, `Indikator ${id} mangler den skriftlige bedømmelse, som scoren gives i forlængelse af.`);
  if (rating.carriedForwardFrom !== undefined) {
    // "Ved godkendelse … alle indikatorer": nothing is carried forward at approval.
    if (phase === 'approval') f.error('carried_forward_at_approval', `${path}.carriedForwardFrom`, `Ved godkendelse bedømmes alle indikatorer; indikator ${id} kan ikke videreføres fra en tidligere vurdering.`);
    else if (!isIsoDate(rating.carriedForwardFrom)) f.error('carried_forward_date_invalid', `${path}.carriedForwardFrom`, `Datoen for den vurdering, indikator ${id} videreføres fra, skal skrives åååå-mm-dd.`);
  }
  if (phase === 'approval') {
    if (rating.score !== undefined) f.error('score_at_approval', `${path}.score`, `Ved godkendelse gives ingen score; indikator ${id} bedømmes som forventes at kunne / ikke at kunne opfyldes.`);
    if (rating.expected === undefined) f.error('expectation_missing', `${path}.expected`, `Indikator ${id} mangler bedømmelsen forventes at kunne / ikke at kunne opfyldes.`);
    return null;
  }
  if (rating.expected !== undefined) f.error('expectation_in_operation', `${path}.expected`, `Ved driftsorienteret tilsyn gives en score 1–5 for indikator ${id}, ikke en forventning.`);
  if (rating.score === undefined) {
    f.error('score_missing', `${path}.score`, `Indikator ${id} mangler en score (1–5).`);
    return null;
  }
  if (!Number.isInteger(rating.score) || rating.score < 1 || rating.score > 5) {
    f.error('score_out_of_range', `${path}.score`, `Scoren for indikator ${id} skal være et helt tal fra 1 til 5, ikke ${rating.score}.`);
    return null;
  }
  return rating.score;
}
