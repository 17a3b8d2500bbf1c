// The written assessment a fact rests on, looked up in its final report document: an indicator's
// assessment or a criterion's justification, of the provider as a whole or of one department.
import type { ReportDocument, ReportTheme } from '../report/report-document.ts';

export type AssessmentText = { itemText: string; text: string; value: string };

export function assessmentTextOf(doc: ReportDocument, departmentId: string | null, itemId: string): AssessmentText | null {
  const themes: ReportTheme[] = departmentId === null ? doc.themes : doc.departments.find((d) => d.id === departmentId)?.themes ?? [];
  for (const theme of themes) {
    for (const c of theme.criteria) {
      if (theme.kind === 'binary') {
        if (c.id === itemId && 'resultLabel' in c) return { itemText: c.text, text: c.justification, value: c.resultLabel };
      } else if ('indicators' in c) {
        const i = c.indicators.find((x) => x.id === itemId);
        if (i) return { itemText: i.text, text: i.assessment, value: i.scoreLabel };
      }
    }
  }
  return null;
}
