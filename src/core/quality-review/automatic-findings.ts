// What the machine finds in a final report, shown beside the manager's checklist (issue 13): the
// consistency flags (scale wording against the score, "met" with a marker "ikke til stede"),
// attention points, theme assessments that repeat the model's wording, development points worded
// as deficiencies, a missing economy assessment — each under the checklist point it bears on — and
// the facts a reviewer weighs for the rest: the risk, and how long the texts are.
import { metWithAbsentMarker, scaleWordingConflicts } from '../analytics/consistency.ts';
import { findDeficiencyPhrases, hasAttentionPoint, themeWording } from '../report/check-report.ts';
import { modelWordingShare, normalizedWords } from '../report/model-wording.ts';
import type { ReportConfig } from '../report/report-config.ts';
import type { ReportDocument, ReportTheme } from '../report/report-document.ts';
import type { AssessableModel } from '../model/schema.ts';
import { assertNever } from '../assert-never.ts';
import type { ChecklistPointId } from './checklist.ts';

export type AutomaticFinding = { point: ChecklistPointId; where: string; message: string };
export type ReportFacts = { risk: string; overallWords: number; themeWords: number; developmentPoints: number };

const words = (text: string) => normalizedWords(text).length;

function themeFindings(theme: ReportTheme): AutomaticFinding[] {
  const out: AutomaticFinding[] = [];
  switch (theme.kind) {
    case 'scored':
      for (const c of theme.criteria) {
        for (const i of c.indicators) {
          if (i.score === null) continue;
          for (const w of scaleWordingConflicts(i.assessment, i.score)) out.push({ point: 'score_and_text_agree', where: `Indikator ${i.id}`, message: `Scoren er ${i.score}, men teksten siger "${w.phrase}" (score ${w.phraseScore}).` });
        }
      }
      break;
    case 'binary':
      for (const c of theme.criteria) {
        if (metWithAbsentMarker(c.result, c.justification)) out.push({ point: 'score_and_text_agree', where: `Kriterium ${c.number}`, message: 'Kriteriet er opfyldt, men begrundelsen siger, at et tegn er "ikke til stede".' });
      }
      break;
    default:
      assertNever(theme);
  }
  return out;
}

export function automaticFindings(doc: ReportDocument, model: AssessableModel | null, config: ReportConfig): { findings: AutomaticFinding[]; facts: ReportFacts } {
  const findings: AutomaticFinding[] = doc.themes.flatMap(themeFindings);
  const texts: { where: string; text: string }[] = [
    { where: 'Samlet vurdering', text: doc.overallAssessment },
    ...doc.themes.map((t) => ({ where: `Tema: ${t.title}`, text: t.assessment })),
    ...doc.developmentPoints.map((text, i) => ({ where: `Udviklingspunkt ${i + 1}`, text })),
    { where: 'Økonomi', text: doc.economy.justification },
  ];
  for (const t of texts) {
    if (hasAttentionPoint(t.text)) findings.push({ point: 'no_attention_points', where: t.where, message: 'Teksten bruger et opmærksomhedspunkt.' });
  }
  const wordingOf = new Map(model ? themeWording(model).map((w, i) => [model.themes[i]!.id, w]) : []);
  for (const theme of doc.themes) {
    const wording = wordingOf.get(theme.id) ?? [];
    if (wording.length === 0 || words(theme.assessment) < config.modelWordingMinWords) continue;
    const share = modelWordingShare(theme.assessment, wording);
    if (share > config.modelWordingMaxShare) findings.push({ point: 'concrete_not_model_wording', where: `Tema: ${theme.title}`, message: `Temavurderingen gentager i høj grad kvalitetsmodellens ordlyd (${Math.round(share * 100)} %).` });
  }
  doc.developmentPoints.forEach((text, i) => {
    for (const phrase of findDeficiencyPhrases(text, config.deficiencyPhrases)) findings.push({ point: 'development_points_are_suggestions', where: `Udviklingspunkt ${i + 1}`, message: `Udviklingspunktet er formuleret som en mangel ("${phrase}").` });
  });
  if (doc.economy.justification.trim() === '') findings.push({ point: 'economy_assessed', where: 'Økonomi', message: 'Der er ingen skriftlig vurdering af økonomien.' });
  const facts = { risk: doc.inspection.riskLabel, overallWords: words(doc.overallAssessment), themeWords: doc.themes.reduce((s, t) => s + words(t.assessment), 0), developmentPoints: doc.developmentPoints.length };
  return { findings, facts };
}
