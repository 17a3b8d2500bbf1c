// The engine's findings arranged the way an inspector works: per criterion (with its markers or
// indicators), the economy, and the rest; and per theme a status. What is specific to a kind
// (when a criterion counts as started or concluded, the theme's figures) is in
// core/kinds/<kind>/feedback.ts. Pure: used by the pages, the API and the inline feedback.
import { binaryDataOf, scoredDataOf } from './stored-data.ts';
import type { Evaluation } from './evaluate.ts';
import type { Finding } from './findings.ts';
import type { AssessableModel } from '../model/schema.ts';
import type { AssessmentData } from './stored-data.ts';
import { assertNever } from '../assert-never.ts';
import { binaryCriterionProgress, binaryThemeFigures } from '../kinds/binary/feedback.ts';
import { scoredCriterionProgress, scoredThemeFigures } from '../kinds/scored/feedback.ts';

export type FindingGroup = { errors: Finding[]; warnings: Finding[] };

export type CriterionFeedback = FindingGroup & {
  /** Something has been entered for the criterion or one of its markers/indicators. */
  started: boolean;
  /** Binary: a result is chosen. Scored: every applicable indicator is rated. */
  concluded: boolean;
};

export type Feedback = {
  criteria: Record<string, CriterionFeedback>;
  economy: FindingGroup;
  general: FindingGroup;
};

/** What a criterion's form shows before the engine's findings: whether work has started and ended. */
export type CriterionProgress = { started: boolean; concluded: boolean; items: string[] };

export type ThemeStatus = {
  id: string;
  title: string;
  criteria: number;
  concluded: number;
  started: boolean;
  errors: number;
  warnings: number;
} & ThemeFigures;

/** The figures a kind adds to a theme's status. */
export type ThemeFigures = {
  /** Binary: criteria concluded met / not met. */
  met: number;
  notMet: number;
  /** Scored: the theme's average, null when nothing is scored or the theme does not apply. */
  average: number | null;
  /** Scored: the whole theme does not apply to the provider. */
  excluded: boolean;
};

const empty = (): FindingGroup => ({ errors: [], warnings: [] });

/** Matches "prefix.id" or "prefix.id.more" against known ids (ids may themselves contain dots). */
function ownerOf(path: string, prefix: string, ids: Map<string, string>): string | undefined {
  if (!path.startsWith(`${prefix}.`)) return undefined;
  const rest = path.slice(prefix.length + 1);
  let best: string | undefined;
  for (const id of ids.keys()) {
    if ((rest === id || rest.startsWith(`${id}.`)) && (!best || id.length > best.length)) best = id;
  }
  return best === undefined ? undefined : ids.get(best);
}

export function groupFindings(model: AssessableModel, evaluation: Evaluation, data: AssessmentData): Feedback {
  const progress = criterionProgress(model, evaluation, data);
  const criteria: Record<string, CriterionFeedback> = {};
  const criterionOf = new Map<string, string>(); // criterion id → itself
  const itemOf = new Map<string, string>(); // marker/indicator id → criterion id
  for (const [criterionId, p] of Object.entries(progress)) {
    criterionOf.set(criterionId, criterionId);
    for (const item of p.items) itemOf.set(item, criterionId);
    criteria[criterionId] = { ...empty(), started: p.started, concluded: p.concluded };
  }
  const economy = empty();
  const general = empty();
  const place = (f: Finding, kind: 'errors' | 'warnings') => {
    const owner =
      ownerOf(f.path, 'criteria', criterionOf) ?? ownerOf(f.path, 'markers', itemOf) ?? ownerOf(f.path, 'indicators', itemOf);
    if (owner && criteria[owner]) criteria[owner][kind].push(f);
    else if (f.path === 'economy' || f.path.startsWith('economy.')) economy[kind].push(f);
    else general[kind].push(f);
  };
  evaluation.errors.forEach((f) => place(f, 'errors'));
  evaluation.warnings.forEach((f) => place(f, 'warnings'));
  return { criteria, economy, general };
}

function criterionProgress(model: AssessableModel, evaluation: Evaluation, data: AssessmentData): Record<string, CriterionProgress> {
  switch (model.kind) {
    case 'binary':
      return binaryCriterionProgress(model, binaryDataOf(data));
    case 'scored':
      return scoredCriterionProgress(model, scoredDataOf(data), evaluation.kind === 'scored' ? evaluation.excludedIndicators : []);
    default:
      return assertNever(model);
  }
}

/** A criterion's feedback; a criterion the grouping did not see has none. */
export function criterionFeedback(feedback: Feedback, criterionId: string): CriterionFeedback {
  return feedback.criteria[criterionId] ?? { ...empty(), started: false, concluded: false };
}

/** Codes that only say "not assessed yet"; on a criterion nobody has started they are not news. */
export const NOT_YET_CODES = new Set(['marker_missing', 'criterion_missing', 'justification_missing', 'indicator_missing', 'economy_missing']);

/** The findings worth showing at a criterion: all of them once work has started, none before. */
export function visibleFindings(fb: CriterionFeedback): FindingGroup {
  if (fb.started) return { errors: fb.errors, warnings: fb.warnings };
  return { errors: fb.errors.filter((f) => !NOT_YET_CODES.has(f.code)), warnings: fb.warnings };
}

/** How far an assessment has come, in the words an inspector needs before the error count. */
export type AssessmentProgress = {
  /** Criteria concluded (binary) or fully rated (scored), of those in themes that apply. */
  concluded: number;
  criteria: number;
  /** The economy has not been assessed yet (binary models). */
  economyMissing: boolean;
  /** Errors worth showing: none for what nobody has started. */
  errors: number;
};

export function assessmentProgress(themes: ThemeStatus[], feedback: Feedback): AssessmentProgress {
  const applicable = themes.filter((t) => !t.excluded);
  const criterionErrors = Object.values(feedback.criteria).reduce((n, fb) => n + visibleFindings(fb).errors.length, 0);
  const otherErrors = [...feedback.general.errors, ...feedback.economy.errors].filter((f) => !NOT_YET_CODES.has(f.code)).length;
  return {
    concluded: applicable.reduce((n, t) => n + t.concluded, 0),
    criteria: applicable.reduce((n, t) => n + t.criteria, 0),
    economyMissing: feedback.economy.errors.some((f) => f.code === 'economy_missing'),
    errors: criterionErrors + otherErrors,
  };
}

export function themeStatuses(model: AssessableModel, evaluation: Evaluation, feedback: Feedback, data: AssessmentData): ThemeStatus[] {
  const figures = themeFigures(model, evaluation, data);
  return model.themes.map((theme, i) => {
    const fbs = theme.criteria.map((c) => criterionFeedback(feedback, c.id));
    return {
      id: theme.id,
      title: theme.title,
      criteria: theme.criteria.length,
      concluded: fbs.filter((f) => f.concluded).length,
      started: fbs.some((f) => f.started),
      errors: fbs.reduce((n, f) => n + f.errors.length, 0),
      warnings: fbs.reduce((n, f) => n + f.warnings.length, 0),
      ...NO_FIGURES,
      ...figures[i],
    };
  });
}

const NO_FIGURES = { met: 0, notMet: 0, average: null, excluded: false };

function themeFigures(model: AssessableModel, evaluation: Evaluation, data: AssessmentData): Partial<ThemeFigures>[] {
  switch (model.kind) {
    case 'binary':
      return binaryThemeFigures(model, binaryDataOf(data));
    case 'scored':
      return evaluation.kind === 'scored' ? scoredThemeFigures(model, evaluation) : [];
    default:
      return assertNever(model);
  }
}
