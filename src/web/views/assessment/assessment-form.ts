// The assessment forms' field names, both ways: stored data → form fields (to render a form) and
// posted form fields → a patch for the save service. The same parsing serves the page's POST and
// the JSON the progressive enhancement (public/app.js) posts for inline feedback.
//
// Field names: marker:<markerId>; marker:<markerId>:note; criterion:<id>:result|doubt|justification;
// design:<markerId>:<stepIndex>:done|method|with|form; economy:result|justification;
// indicator:<id>:score|expected|text; carriedForward:note.
import { markerApplies } from '../../../core/assessment/applicability.ts';
import type { Entity } from '../../../core/assessment/assessment-input.ts';
import type { BinaryTheme } from '../../../core/kinds/binary/catalog.ts';
import type { ScoredTheme } from '../../../core/kinds/scored/catalog.ts';
import { isPerspective, type BinaryData } from '../../../core/kinds/binary/assessment-data.ts';
import { type AssessmentPatch } from '../../../core/assessment/assessment-patch.ts';
import { type ScoredData } from '../../../core/kinds/scored/assessment-data.ts';
import type { StoredEconomy } from '../../../core/kinds/binary/assessment-data.ts';
import type { StoredConclusion } from '../../../core/kinds/scored/assessment-data.ts';
import type { PreviousScoredRatings } from '../../../services/assessments/previous-scored-ratings.ts';

export type Fields = Record<string, string | string[]>;

export function first(fields: Fields, name: string): string | undefined {
  const v = fields[name];
  return Array.isArray(v) ? v[0] : v;
}
const text = (fields: Fields, name: string) => first(fields, name) ?? '';
const choice = (fields: Fields, name: string) => {
  const v = first(fields, name);
  return v === undefined || v === '' ? undefined : v;
};
const checked = (fields: Fields, name: string) => {
  const v = first(fields, name);
  return v !== undefined && v !== '' && v !== 'false' && v !== '0';
};

/** Form fields → patch for one binary theme. Values are passed on as given: the service validates. */
export function binaryThemePatch(theme: BinaryTheme, entity: Entity, fields: Fields): AssessmentPatch {
  const markers: Record<string, unknown> = {};
  const markerNotes: Record<string, unknown> = {};
  const criteria: Record<string, unknown> = {};
  const design: Record<string, Record<string, unknown>> = {};
  for (const criterion of theme.criteria) {
    for (const marker of criterion.markers) {
      if (!markerApplies(marker, entity)) {
        markers[marker.id] = 'not_applicable';
        markerNotes[marker.id] = null;
        design[marker.id] = Object.fromEntries(marker.investigationDesign.map((_, i) => [String(i), null]));
        continue;
      }
      markers[marker.id] = choice(fields, `marker:${marker.id}`) ?? null;
      const note = text(fields, `marker:${marker.id}:note`);
      markerNotes[marker.id] = note.trim() === '' ? null : note;
      design[marker.id] = Object.fromEntries(
        marker.investigationDesign.map((step, i) => {
          const base = `design:${marker.id}:${i}`;
          const record: Record<string, unknown> = { done: checked(fields, `${base}:done`) };
          if (isPerspective(step.kind)) {
            const method = choice(fields, `${base}:method`);
            const who = text(fields, `${base}:with`).trim();
            const form = choice(fields, `${base}:form`);
            if (method) record.method = method;
            if (who) record.with = who;
            if (form) record.form = form;
          }
          const emptyRecord = record.done === false && Object.keys(record).length === 1;
          return [String(i), emptyRecord ? null : record];
        }),
      );
    }
    const result = choice(fields, `criterion:${criterion.id}:result`);
    const justification = text(fields, `criterion:${criterion.id}:justification`);
    const doubt = checked(fields, `criterion:${criterion.id}:doubt`);
    criteria[criterion.id] =
      !result && justification.trim() === '' && !doubt ? null : { ...(result ? { result } : {}), justification, doubt };
  }
  return { themeId: theme.id, markers, markerNotes, criteria, design } as AssessmentPatch;
}

export function binaryThemeFields(theme: BinaryTheme, data: BinaryData): Fields {
  const fields: Fields = {};
  for (const criterion of theme.criteria) {
    for (const marker of criterion.markers) {
      const state = data.markers[marker.id];
      if (state) fields[`marker:${marker.id}`] = state;
      const note = data.markerNotes?.[marker.id];
      if (note) fields[`marker:${marker.id}:note`] = note;
      for (const [i, record] of Object.entries(data.design?.[marker.id] ?? {})) {
        const base = `design:${marker.id}:${i}`;
        if (record.done) fields[`${base}:done`] = 'on';
        if (record.method) fields[`${base}:method`] = record.method;
        if (record.with) fields[`${base}:with`] = record.with;
        if (record.form) fields[`${base}:form`] = record.form;
      }
    }
    const c = data.criteria[criterion.id];
    if (c) {
      if (c.result) fields[`criterion:${criterion.id}:result`] = c.result;
      if (c.doubt) fields[`criterion:${criterion.id}:doubt`] = 'on';
      fields[`criterion:${criterion.id}:justification`] = c.justification;
    }
  }
  return fields;
}

/**
 * Form fields → patch for one scored theme; indicators that do not apply are cleared. An indicator
 * ticked "videreføres" (or the whole theme, by its button) takes the previous final rating with its date.
 */
export function scoredThemePatch(theme: ScoredTheme, excluded: ReadonlySet<string>, fields: Fields, previous: PreviousScoredRatings | null = null): AssessmentPatch {
  const carryAll = first(fields, 'carryTheme') === 'yes';
  const indicators: Record<string, unknown> = {};
  const criteria: Record<string, unknown> = {};
  for (const criterion of theme.criteria) {
    const written = text(fields, `criterion:${criterion.id}:justification`);
    criteria[criterion.id] = written.trim() === '' ? null : { justification: written };
    for (const indicator of criterion.indicators) {
      if (excluded.has(indicator.id)) {
        indicators[indicator.id] = null;
        continue;
      }
      const carried = previous?.ratings[indicator.id];
      if (carried && (carryAll || checked(fields, `indicator:${indicator.id}:carry`))) {
        indicators[indicator.id] = { score: carried.score, text: carried.text, carriedForwardFrom: previous.date };
        continue;
      }
      const score = choice(fields, `indicator:${indicator.id}:score`);
      const expected = choice(fields, `indicator:${indicator.id}:expected`);
      const body = text(fields, `indicator:${indicator.id}:text`);
      indicators[indicator.id] =
        score === undefined && expected === undefined && body.trim() === ''
          ? null
          : { ...(score !== undefined ? { score: Number(score) } : {}), ...(expected ? { expected } : {}), text: body };
    }
  }
  return { themeId: theme.id, indicators, criteria } as AssessmentPatch;
}

export function scoredThemeFields(theme: ScoredTheme, data: ScoredData): Fields {
  const fields: Fields = {};
  for (const criterion of theme.criteria) {
    const written = data.criteria?.[criterion.id]?.justification;
    if (written) fields[`criterion:${criterion.id}:justification`] = written;
    for (const indicator of criterion.indicators) {
      const r = data.indicators[indicator.id];
      if (!r) continue;
      if (r.score !== undefined) fields[`indicator:${indicator.id}:score`] = String(r.score);
      if (r.expected) fields[`indicator:${indicator.id}:expected`] = r.expected;
      if (r.carriedForwardFrom) fields[`indicator:${indicator.id}:carry`] = 'on';
      fields[`indicator:${indicator.id}:text`] = r.text;
    }
  }
  return fields;
}

export function economyPatch(fields: Fields): AssessmentPatch {
  const result = choice(fields, 'economy:result');
  const justification = text(fields, 'economy:justification');
  return { economy: !result && justification.trim() === '' ? null : { ...(result ? { result } : {}), justification } } as AssessmentPatch;
}

export function economyFields(economy: StoredEconomy | undefined): Fields {
  const fields: Fields = {};
  if (economy?.result) fields['economy:result'] = economy.result;
  if (economy) fields['economy:justification'] = economy.justification;
  return fields;
}

/** The scored model's conclusion form: "fornøden kvalitet" yes/no with its justification. */
export function conclusionPatch(fields: Fields): AssessmentPatch {
  const answer = choice(fields, 'conclusion:sufficientQuality');
  const justification = text(fields, 'conclusion:justification');
  if (!answer && justification.trim() === '') return { conclusion: null } as AssessmentPatch;
  return { conclusion: { ...(answer ? { sufficientQuality: answer === 'yes' } : {}), justification } } as AssessmentPatch;
}

export function conclusionFields(conclusion: StoredConclusion | undefined): Fields {
  const fields: Fields = {};
  if (conclusion?.sufficientQuality !== undefined) fields['conclusion:sufficientQuality'] = conclusion.sufficientQuality ? 'yes' : 'no';
  if (conclusion) fields['conclusion:justification'] = conclusion.justification;
  return fields;
}

/** The expected version posted with a form; NaN (refused by the service) when it is not a number. */
export function postedVersion(fields: Fields): number {
  const v = first(fields, 'expectedVersion');
  return v !== undefined && /^\d+$/.test(v) ? Number(v) : Number.NaN;
}
