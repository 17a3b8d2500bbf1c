// The rules of the binary models (seed 000, "Vejledning til anvendelse af kvalitetsmodellen").
import { metWithAbsentMarker } from '../../analytics/consistency.ts';
import type { BinaryModel } from './catalog.ts';
import { binaryAssessmentSchema, type CriterionResult, type MarkerState } from './assessment-input.ts';
import { checkShape } from '../../assessment/assessment-input.ts';
import { markerApplies } from '../../assessment/applicability.ts';
import { decisionOptions, type Decision } from '../../assessment/decision-options.ts';
import { COLOUR_LABEL, criterionColour, depthColour, isTooShort, type Colour, type DocumentationDepth } from '../../assessment/documentation-depth.ts';
import { checkEntityFlags } from '../../assessment/entity-rules.ts';
import { Findings, type Finding } from '../../assessment/findings.ts';
import { MARKER_STATE_LABEL } from '../../labels.ts';
import { itemNumber } from '../../model/item-number.ts';

/** `risk`: the inspection's risk category; it raises the documentation depth (see depthColour). */
export type EvaluateBinaryOptions = { depth: DocumentationDepth; risk?: Colour };

export type BinaryCriterionOutcome = {
  id: string;
  result: CriterionResult | null;
  colour: Colour | null;
  markers: { id: string; state: MarkerState | null; applies: boolean }[];
};

export type BinaryEvaluation = {
  valid: boolean;
  errors: Finding[];
  warnings: Finding[];
  themes: { id: string; title: string; allMet: boolean; criteria: BinaryCriterionOutcome[] }[];
  economy: { result: CriterionResult | null };
  /** True only for a valid assessment in which every criterion and the economy are met. */
  sufficientQuality: boolean;
  /** Empty for an invalid assessment: there is no conclusion to decide on yet. */
  decisionOptions: Decision[];
};


export function evaluateBinary(model: BinaryModel, input: unknown, options: EvaluateBinaryOptions): BinaryEvaluation {
  const shape = checkShape(binaryAssessmentSchema, input);
  if (!shape.ok) return invalidShape(model, shape.errors);
  const a = shape.value;
  const f = new Findings();
  checkEntityFlags(f, a.entity);

  const markerIds = new Set(model.themes.flatMap((t) => t.criteria.flatMap((c) => c.markers.map((m) => m.id))));
  const criterionIds = new Set(model.themes.flatMap((t) => t.criteria.map((c) => c.id)));
  for (const id of Object.keys(a.markers)) {
    if (!markerIds.has(id)) f.error('unknown_marker', `markers.${id}`, `Kvalitetsmarkøren "${id}" findes ikke i modellen ${model.id}.`);
  }
  for (const id of Object.keys(a.criteria)) {
    if (!criterionIds.has(id)) f.error('unknown_criterion', `criteria.${id}`, `Kvalitetskriteriet "${id}" findes ikke i modellen ${model.id}.`);
  }

  const themes = model.themes.map((theme) => {
    const criteria = theme.criteria.map((criterion): BinaryCriterionOutcome => {
      const markers = criterion.markers.map((marker) => {
        const applies = markerApplies(marker, a.entity);
        const state = a.markers[marker.id] ?? null;
        const path = `markers.${marker.id}`;
        if (applies && state === null) {
          f.error('marker_missing', path, `Kvalitetsmarkøren "${marker.text}" er ikke vurderet (til stede, ikke til stede eller ikke aktuel).`);
        }
        if (!applies && (state === 'present' || state === 'absent')) {
          f.error('marker_not_applicable', path, `Kvalitetsmarkøren "${marker.text}" gælder kun ${marker.onlyFor?.note ?? ''}; den kan kun være "ikke aktuel" her.`);
        }
        return { id: marker.id, state, applies };
      });

      const conclusion = a.criteria[criterion.id];
      const path = `criteria.${criterion.id}`;
      if (!conclusion) {
        f.error('criterion_missing', path, `Kvalitetskriteriet "${criterion.text}" er ikke vurderet (opfyldt eller ikke opfyldt).`);
        return { id: criterion.id, result: null, colour: null, markers };
      }
      const absent = markers.filter((m) => m.state === 'absent');
      if (conclusion.result === 'met' && absent.length > 0) {
        f.error(
          'criterion_met_with_absent_marker',
          `${path}.result`,
          `Kvalitetskriteriet kan ikke være opfyldt, når ${absent.length === 1 ? 'en kvalitetsmarkør' : `${absent.length} kvalitetsmarkører`} er "${MARKER_STATE_LABEL.absent}" (${absent.length === 1 ? 'kvalitetsmarkør' : 'kvalitetsmarkørerne'} ${absent.map((m) => itemNumber(m.id)).join(', ')}).`,
        );
      }
      const assessed = markers.filter((m) => m.applies);
      if (conclusion.result === 'not_met' && assessed.length > 0 && assessed.every((m) => m.state === 'present')) {
        f.warn('not_met_with_all_markers_present', `${path}.result`, 'Kvalitetskriteriet er vurderet ikke opfyldt, selv om alle kvalitetsmarkører er til stede. Begrundelsen skal forklare hvorfor.');
      }
      if (metWithAbsentMarker(conclusion.result, conclusion.justification)) {
        f.warn('met_with_absent_marker_text', `${path}.justification`, 'Kvalitetskriteriet er vurderet opfyldt, men begrundelsen siger, at en kvalitetsmarkør er "ikke til stede". Ret begrundelsen eller konklusionen, så de stemmer overens.');
      }
      const colour = criterionColour(conclusion);
      checkJustification(f, `${path}.justification`, conclusion.justification, colour, options);
      return { id: criterion.id, result: conclusion.result, colour, markers };
    });
    return { id: theme.id, title: theme.title, allMet: criteria.every((c) => c.result === 'met'), criteria };
  });

  if (!a.economy) {
    f.error('economy_missing', 'economy', 'Temaet økonomi er ikke vurderet (opfyldt eller ikke opfyldt).');
  } else if (a.economy.justification.trim() === '') {
    f.error('justification_missing', 'economy.justification', 'Vurderingen af økonomi mangler en faglig begrundelse.');
  }

  const valid = f.errors.length === 0;
  const sufficientQuality = valid && themes.every((t) => t.allMet) && a.economy?.result === 'met';
  return {
    valid,
    errors: f.errors,
    warnings: f.warnings,
    themes,
    economy: { result: a.economy?.result ?? null },
    sufficientQuality,
    decisionOptions: valid ? decisionOptions(a.phase, sufficientQuality) : [],
  };
}

function checkJustification(f: Findings, path: string, justification: string, criterionColour: Colour, options: EvaluateBinaryOptions): void {
  const colour = depthColour(criterionColour, options.risk);
  const why = colour === criterionColour ? COLOUR_LABEL[colour] : `${COLOUR_LABEL[criterionColour]} ved risikokategori ${COLOUR_LABEL[colour]}`;
  if (justification.trim() === '') {
    f.error('justification_missing', path, 'Kvalitetskriteriet mangler en faglig begrundelse.');
  } else if (isTooShort(justification, colour, options.depth)) {
    f.warn(
      'justification_too_short',
      path,
      `Begrundelsen er kortere end dokumentationsdybden for ${why} kræver (mindst ${options.depth[colour]} tegn): beskriv undersøgelsesdesign, kilder og metoder${colour === 'green' ? ' kort' : colour === 'yellow' ? ' mere udførligt' : ' grundigt og udførligt'}.`,
    );
  }
}

function invalidShape(model: BinaryModel, errors: Finding[]): BinaryEvaluation {
  return {
    valid: false,
    errors,
    warnings: [],
    themes: model.themes.map((t) => ({ id: t.id, title: t.title, allMet: false, criteria: [] })),
    economy: { result: null },
    sufficientQuality: false,
    decisionOptions: [],
  };
}

