// The report editor's form: posted fields ↔ report content, and where a service or check path
// belongs on the page (content.themeAssessments.t1 → the theme's textarea; assessment.* → the
// assessment list). Plain functions, no markup.
import type { AssessableModel } from '../../../core/model/schema.ts';
import type { Finding } from '../../../core/assessment/findings.ts';
import type { ReportContent, ReportContentInput } from '../../../core/report/report-input.ts';
import type { FieldIssue } from '../../../services/service-error.ts';

export type Fields = Record<string, string | string[]>;
/** The editor's field values as strings, as they are shown in the form. */
export type FormValues = Record<string, string>;

export const first = (fields: Fields, name: string): string | undefined => {
  const v = fields[name];
  return Array.isArray(v) ? v[0] : v;
};

/** Browsers post CRLF; the report keeps LF. */
export const normaliseText = (s: string | undefined) => (s ?? '').replace(/\r\n?/g, '\n');

export const themeField = (themeId: string) => `theme:${themeId}`;
export const OVERALL = 'overallAssessment';
export const DEVELOPMENT_POINTS = 'developmentPoints';
export const EXPENSIVE = 'disproportionatelyExpensive';
export const CARRIED_FORWARD = 'carriedForwardReason';

export function valuesFromContent(content: ReportContent, model: AssessableModel): FormValues {
  const values: FormValues = {
    [OVERALL]: content.overallAssessment,
    [DEVELOPMENT_POINTS]: content.developmentPoints.join('\n'),
    [EXPENSIVE]: content.disproportionatelyExpensive ? 'ja' : '',
    [CARRIED_FORWARD]: content.carriedForwardReason ?? '',
  };
  for (const t of model.themes) values[themeField(t.id)] = content.themeAssessments[t.id] ?? '';
  return values;
}

export function valuesFromFields(fields: Fields, model: AssessableModel): FormValues {
  const values: FormValues = {
    [OVERALL]: normaliseText(first(fields, OVERALL)),
    [DEVELOPMENT_POINTS]: normaliseText(first(fields, DEVELOPMENT_POINTS)),
    [EXPENSIVE]: first(fields, EXPENSIVE) ? 'ja' : '',
    [CARRIED_FORWARD]: normaliseText(first(fields, CARRIED_FORWARD)),
  };
  for (const t of model.themes) values[themeField(t.id)] = normaliseText(first(fields, themeField(t.id)));
  return values;
}

/** True when the post carries the editor's text fields (a button of the main form). */
export const hasContentFields = (fields: Fields) => OVERALL in fields;

export function contentFromValues(values: FormValues, model: AssessableModel): ReportContentInput {
  const themeAssessments: Record<string, string> = {};
  for (const t of model.themes) {
    const text = values[themeField(t.id)] ?? '';
    if (text.trim() !== '') themeAssessments[t.id] = text.trim();
  }
  const reason = (values[CARRIED_FORWARD] ?? '').trim();
  return {
    overallAssessment: (values[OVERALL] ?? '').trim(),
    themeAssessments,
    developmentPoints: (values[DEVELOPMENT_POINTS] ?? '').split('\n').map((l) => l.trim()).filter((l) => l !== ''),
    disproportionatelyExpensive: values[EXPENSIVE] === 'ja',
    ...(reason !== '' ? { carriedForwardReason: reason } : {}),
  };
}

/** The editor field a service or check path belongs to; null: not a field of the editor. */
export function fieldForPath(path: string): { field: string; prefix: string } | null {
  if (path === 'content.overallAssessment') return { field: OVERALL, prefix: '' };
  if (path === 'content.disproportionatelyExpensive') return { field: EXPENSIVE, prefix: '' };
  if (path === 'content.carriedForwardReason') return { field: CARRIED_FORWARD, prefix: '' };
  const point = /^content\.developmentPoints(?:\[(\d+)\])?/.exec(path);
  if (point) return { field: DEVELOPMENT_POINTS, prefix: point[1] !== undefined ? `Udviklingspunkt ${Number(point[1]) + 1}: ` : '' };
  const theme = /^content\.themeAssessments\.(.+)$/.exec(path);
  if (theme) return { field: themeField(theme[1]!), prefix: '' };
  return null;
}

export type FieldFindings = { errors: string[]; warnings: string[] };

/** Findings per editor field, and those that concern the assessment or the inspection (general). */
export function groupFindings(errors: Finding[], warnings: Finding[]) {
  const byField = new Map<string, FieldFindings>();
  const general: { errors: Finding[]; warnings: Finding[] } = { errors: [], warnings: [] };
  const add = (f: Finding, kind: 'errors' | 'warnings') => {
    const target = fieldForPath(f.path);
    if (!target) {
      general[kind].push(f);
      return;
    }
    const entry = byField.get(target.field) ?? { errors: [], warnings: [] };
    entry[kind].push(`${target.prefix}${f.message}`);
    byField.set(target.field, entry);
  };
  errors.forEach((f) => add(f, 'errors'));
  warnings.forEach((f) => add(f, 'warnings'));
  return { byField, general };
}

/** Service field issues (paths) as findings. */
export const issuesAsFindings = (issues: FieldIssue[]): Finding[] =>
  issues.map((i) => ({ code: (i as { code?: string }).code ?? 'invalid', path: i.field, message: i.message }));

/** The form field id an issue links to from the error summary. */
export const issueField = (issue: FieldIssue): string => fieldForPath(issue.field)?.field ?? issue.field;
