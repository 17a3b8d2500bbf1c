// The report's own rules (seed 004), on top of the engine's: what must be written, what must not
// be written, and what may never leave the authority. Errors stop the report from being
// finalised; warnings inform the inspector. Every finding has a stable code and a path into the
// report input: content.overallAssessment, content.themeAssessments.<themeId>,
// content.developmentPoints[i], content.carriedForwardReason, assessment.criteria.<id>.justification,
// assessment.economy.justification, assessment.markerNotes.<markerId>, assessment.indicators.<id>.text,
// assessment.carriedForward.note, departments.<departmentId>.<same as assessment>, decision.note.
import { themeApplies } from '../assessment/applicability.ts';
import type { Evaluation } from '../assessment/evaluate.ts';
import { Findings, type Finding } from '../assessment/findings.ts';
import type { Entity } from '../assessment/assessment-input.ts';
import { assertNever } from '../assert-never.ts';
import { binaryAssessmentTexts } from '../kinds/binary/report-section.ts';
import { scoredAssessmentTexts } from '../kinds/scored/report-section.ts';
import type { AssessableModel } from '../model/schema.ts';
import { needsCarriedForward } from './build-report.ts';
import { modelWordingShare, normalizedWords } from './model-wording.ts';
import { findPersonalData, maskPersonalData, normalise, PERSONAL_DATA_LABEL } from './personal-data.ts';
import type { ReportConfig } from './report-config.ts';
import { evaluateDepartment, reportEntity } from './report-evaluation.ts';
import type { ReportAssessmentData, ReportInput } from './report-input.ts';

export type ReportCheck = { errors: Finding[]; warnings: Finding[] };

/** The stable codes checkReport reports. */
export const REPORT_CHECK_CODES = [
  'engine_errors',
  'overall_missing',
  'theme_assessment_missing',
  'unknown_theme',
  'carried_forward_reason_missing',
  'development_point_deficiency',
  'attention_point',
  'disproportionately_expensive_unstated',
  'repeats_model_wording',
  'development_point_in_published_text',
  'personal_data',
] as const;
export type ReportCheckCode = (typeof REPORT_CHECK_CODES)[number];

/** One written text of the report, with where it is and the model wording it must not merely repeat. */
export type ReportText = {
  path: string;
  text: string;
  /** The model's wording for the item the text assesses; empty when there is none to compare with. */
  modelWording: string[];
  /** Published texts (overall and theme assessments) may not carry development points. */
  published: boolean;
};

const EXPENSIVE = /(?<!ikke\s+)(?<![\p{L}])uforholdsmæssig\p{L}*[\s-]+dyr/iu;
const ATTENTION = 'opmærksomhedspunkt';
const DEVELOPMENT_POINT = /(?<![\p{L}])udviklingspunkt/iu;

/** True when the text says the provider is disproportionately expensive ("uforholdsmæssigt dyrt", any inflection, not negated). */
export function statesDisproportionatelyExpensive(text: string): boolean {
  return EXPENSIVE.test(text);
}

/**
 * Seed 004: "Socialtilsynene bør ikke anvende såkaldte opmærksomhedspunkter i tilsynsrapporterne" —
 * the word anywhere in a text (any case, any inflection, also hidden by soft hyphens or other
 * invisible characters) is an error, not only at the start of a line.
 */
export function hasAttentionPoint(text: string): boolean {
  return normalise(text).toLocaleLowerCase('da-DK').includes(ATTENTION);
}

/** The configured deficiency phrases found in a text, matched case-insensitively at the start of a word. */
export function findDeficiencyPhrases(text: string, phrases: readonly string[]): string[] {
  return phrases.filter((phrase) => {
    const pattern = phrase
      .trim()
      .split(/\s+/)
      .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
      .join('\\s+');
    return new RegExp(`(?<![\\p{L}\\p{N}])${pattern}`, 'iu').test(text);
  });
}

/** Every written text of the report input, in reading order. */
export function reportTexts(input: ReportInput): ReportText[] {
  const texts: ReportText[] = [];
  const c = input.content;
  texts.push({ path: 'content.overallAssessment', text: c.overallAssessment, modelWording: [], published: true });
  const wording = themeWording(input.model);
  input.model.themes.forEach((theme, i) => {
    const text = c.themeAssessments[theme.id];
    if (text !== undefined) texts.push({ path: `content.themeAssessments.${theme.id}`, text, modelWording: wording[i] ?? [], published: true });
  });
  c.developmentPoints.forEach((text, i) => texts.push({ path: `content.developmentPoints[${i}]`, text, modelWording: [], published: false }));
  if (c.carriedForwardReason !== undefined) texts.push({ path: 'content.carriedForwardReason', text: c.carriedForwardReason, modelWording: [], published: false });
  texts.push(...assessmentTexts(input.model, input.assessment.data, 'assessment'));
  for (const d of input.departmentAssessments ?? []) texts.push(...assessmentTexts(input.model, d.data, `departments.${d.departmentId}`));
  if (input.decision?.note) texts.push({ path: 'decision.note', text: input.decision.note, modelWording: [], published: false });
  return texts;
}

/** The themes that need a written assessment: a scored theme only where it applies to the provider. */
function themesToAssess(model: AssessableModel, entity: Entity): { id: string; title: string }[] {
  switch (model.kind) {
    case 'binary':
      return model.themes;
    case 'scored':
      return model.themes.filter((t) => themeApplies(t, entity));
    default:
      return assertNever(model);
  }
}


/** Each theme's own wording in the model (title, description, criteria and their items), in theme order. */
export function themeWording(model: AssessableModel): string[][] {
  switch (model.kind) {
    case 'binary':
      return model.themes.map((t) => [t.title, t.description, ...t.criteria.flatMap((c) => [c.text, ...c.markers.map((m) => m.text)])]);
    case 'scored':
      return model.themes.map((t) => [t.title, t.description, ...t.criteria.flatMap((c) => [c.text, ...c.indicators.map((i) => i.text)])]);
    default:
      return assertNever(model);
  }
}

function assessmentTexts(model: AssessableModel, data: ReportAssessmentData, prefix: string): ReportText[] {
  const texts: ReportText[] = [];
  const add = (path: string, text: string | undefined, modelWording: string[]) => {
    if (text !== undefined) texts.push({ path: `${prefix}.${path}`, text, modelWording, published: false });
  };
  switch (model.kind) {
    case 'binary':
      binaryAssessmentTexts(model, data, add);
      break;
    case 'scored':
      scoredAssessmentTexts(model, data, add);
      break;
    default:
      assertNever(model);
  }
  add('economy.justification', data.economy?.justification, []);
  add('carriedForward.note', data.carriedForward?.note, []);
  return texts;
}

/**
 * Checks a report before it is finalised. `evaluation` is the engine's evaluation of the
 * provider's own assessment (evaluateReport); departments are evaluated here, for their errors.
 */
export function checkReport(input: ReportInput, evaluation: Evaluation, config: ReportConfig): ReportCheck {
  const f = new Findings();
  const c = input.content;
  const subject = input.entity.kind === 'fosterFamily' ? 'den konkrete plejefamilie' : 'det konkrete tilbud';

  for (const e of evaluation.errors) {
    f.error('engine_errors', `assessment.${e.path}`, `Vurderingen har fejl, så rapporten kan ikke færdiggøres: ${e.message}`);
  }
  for (const d of input.departmentAssessments ?? []) {
    // Only the errors are used, and they do not depend on the documentation depth.
    for (const e of evaluateDepartment(input, d.data, { green: 0, yellow: 0, red: 0 }).errors) {
      f.error('engine_errors', `departments.${d.departmentId}.${e.path}`, `Vurderingen af afdelingen ${d.departmentName} har fejl, så rapporten kan ikke færdiggøres: ${e.message}`);
    }
  }

  if (c.overallAssessment.trim() === '') {
    f.error('overall_missing', 'content.overallAssessment', 'Rapporten mangler den samlede vurdering af kvaliteten.');
  }
  for (const theme of themesToAssess(input.model, reportEntity(input))) {
    if ((c.themeAssessments[theme.id] ?? '').trim() === '') {
      f.error('theme_assessment_missing', `content.themeAssessments.${theme.id}`, `Temaet "${theme.title}" mangler en skriftlig vurdering.`);
    }
  }
  const themeIds = new Set<string>(input.model.themes.map((t) => t.id));
  for (const id of Object.keys(c.themeAssessments)) {
    if (!themeIds.has(id)) f.error('unknown_theme', `content.themeAssessments.${id}`, `Temaet "${id}" findes ikke i modellen ${input.model.id}.`);
  }
  if (needsCarriedForward(input) && (c.carriedForwardReason ?? '').trim() === '' && (input.assessment.data.carriedForward?.note ?? '').trim() === '') {
    f.error('carried_forward_reason_missing', 'content.carriedForwardReason', 'Plejefamilien har intet barn i pleje: skriv, hvorfor de tidligere vurderinger videreføres.');
  }

  c.developmentPoints.forEach((point, i) => {
    const found = findDeficiencyPhrases(point, config.deficiencyPhrases);
    if (found.length > 0) {
      f.error(
        'development_point_deficiency',
        `content.developmentPoints[${i}]`,
        `Udviklingspunktet beskriver en mangel (${found.map((p) => `"${p}"`).join(', ')}). Udviklingspunkter er forslag til udvikling; mangler skal fremgå af vurderingen.`,
      );
    }
  });

  if (c.disproportionatelyExpensive) {
    if (!statesDisproportionatelyExpensive(c.overallAssessment)) {
      f.error('disproportionately_expensive_unstated', 'content.overallAssessment', 'Tilbuddet er vurderet uforholdsmæssigt dyrt: det skal fremgå af den samlede vurdering.');
    }
    if (!statesDisproportionatelyExpensive(input.assessment.data.economy?.justification ?? '')) {
      f.error('disproportionately_expensive_unstated', 'assessment.economy.justification', 'Tilbuddet er vurderet uforholdsmæssigt dyrt: det skal fremgå af vurderingen af økonomien.');
    }
  }

  for (const t of reportTexts(input)) {
    if (hasAttentionPoint(t.text)) {
      f.error('attention_point', t.path, 'Opmærksomhedspunkter anvendes ikke: mangler skal fremgå af vurderingen af temaet og af den samlede vurdering.');
    }
    for (const p of findPersonalData(t.text)) {
      f.error('personal_data', t.path, `Teksten ser ud til at indeholde ${PERSONAL_DATA_LABEL[p.kind]} (${maskPersonalData(p.match)}). Personoplysninger må ikke stå i rapporten.`);
    }
    if (t.modelWording.length > 0 && normalizedWords(t.text).length >= config.modelWordingMinWords) {
      const share = modelWordingShare(t.text, t.modelWording);
      if (share > config.modelWordingMaxShare) {
        f.warn('repeats_model_wording', t.path, `Teksten gentager i høj grad kvalitetsmodellens ordlyd (${Math.round(share * 100)} %) og beskriver ikke ${subject}.`);
      }
    }
    if (t.published && DEVELOPMENT_POINT.test(t.text)) {
      f.warn('development_point_in_published_text', t.path, 'Teksten nævner udviklingspunkter. Udviklingspunkter offentliggøres ikke og hører ikke til i den samlede vurdering eller temavurderingerne.');
    }
  }
  return { errors: f.errors, warnings: f.warnings };
}
