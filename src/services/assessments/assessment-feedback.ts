// The engine's findings arranged the way an inspector works: per criterion (with its markers or
// indicators), the economy, and the rest; and per theme a status. Pure: used by the pages,
// the API and the inline feedback of public/app.js.
import type { Evaluation } from '../../core/assessment/evaluate.ts';
import type { Finding } from '../../core/assessment/findings.ts';
import type { AssessableModel } from '../../core/assessment/evaluate.ts';
import type { AssessmentData, BinaryData, ScoredData } from './assessment-data.ts';

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

export type ThemeStatus = {
  id: string;
  title: string;
  criteria: number;
  concluded: number;
  started: boolean;
  errors: number;
  warnings: number;
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
  const criteria: Record<string, CriterionFeedback> = {};
  const criterionOf = new Map<string, string>(); // criterion id → itself
  const itemOf = new Map<string, string>(); // marker/indicator id → criterion id
  const excluded = new Set(evaluation.kind === 'scored' ? evaluation.excludedIndicators : []);
  for (const theme of model.themes) {
    for (const c of theme.criteria) {
      criterionOf.set(c.id, c.id);
      if ('markers' in c) {
        const d = data as BinaryData;
        const stored = d.criteria?.[c.id];
        for (const m of c.markers) itemOf.set(m.id, c.id);
        const started = !!stored || c.markers.some((m) => d.markers?.[m.id] !== undefined && d.markers[m.id] !== 'not_applicable');
        criteria[c.id] = { ...empty(), started, concluded: !!stored?.result };
      } else {
        const d = data as ScoredData;
        for (const i of c.indicators) itemOf.set(i.id, c.id);
        const applicable = c.indicators.filter((i) => !excluded.has(i.id));
        const rated = (id: string) => {
          const r = d.indicators?.[id];
          return !!r && (r.score !== undefined || r.expected !== undefined) && r.text.trim() !== '';
        };
        criteria[c.id] = {
          ...empty(),
          started: c.indicators.some((i) => d.indicators?.[i.id] !== undefined),
          concluded: applicable.length === 0 || applicable.every((i) => rated(i.id)),
        };
      }
    }
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

/** Codes that only say "not assessed yet"; on a criterion nobody has started they are not news. */
export const NOT_YET_CODES = new Set(['marker_missing', 'criterion_missing', 'justification_missing', 'indicator_missing']);

/** The findings worth showing at a criterion: all of them once work has started, none before. */
export function visibleFindings(fb: CriterionFeedback): FindingGroup {
  if (fb.started) return { errors: fb.errors, warnings: fb.warnings };
  return { errors: fb.errors.filter((f) => !NOT_YET_CODES.has(f.code)), warnings: fb.warnings };
}

export function themeStatuses(model: AssessableModel, evaluation: Evaluation, feedback: Feedback, data: AssessmentData): ThemeStatus[] {
  return model.themes.map((theme) => {
    const fbs = theme.criteria.map((c) => feedback.criteria[c.id]!);
    let met = 0;
    let notMet = 0;
    if (model.kind === 'binary') {
      const d = data as BinaryData;
      for (const c of theme.criteria) {
        const r = d.criteria[c.id]?.result;
        if (r === 'met') met += 1;
        if (r === 'not_met') notMet += 1;
      }
    }
    const scoredTheme = evaluation.kind === 'scored' ? evaluation.themes.find((t) => t.id === theme.id) : undefined;
    const excluded =
      evaluation.kind === 'scored' &&
      theme.criteria.every((c) => 'indicators' in c && c.indicators.every((i) => evaluation.excludedIndicators.includes(i.id)));
    return {
      id: theme.id,
      title: theme.title,
      criteria: theme.criteria.length,
      concluded: fbs.filter((f) => f.concluded).length,
      started: fbs.some((f) => f.started),
      errors: fbs.reduce((n, f) => n + f.errors.length, 0),
      warnings: fbs.reduce((n, f) => n + f.warnings.length, 0),
      met,
      notMet,
      average: scoredTheme?.average ?? null,
      excluded,
    };
  });
}
