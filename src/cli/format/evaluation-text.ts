// An evaluation as Danish text for the terminal.
import { assertNever } from '../../core/assert-never.ts';
import type { AssessableModel } from '../../core/model/schema.ts';
import type { Evaluation } from '../../core/assessment/evaluate.ts';
import type { Finding } from '../../core/assessment/findings.ts';
import { DECISION_LABEL, RESULT_LABEL } from '../../core/labels.ts';

const number = (v: number | null) => (v === null ? '–' : v.toLocaleString('da-DK', { maximumFractionDigits: 2 }));

export function evaluationText(model: AssessableModel, result: Evaluation): string {
  const lines = [`${model.title}: vurderingen er ${result.valid ? 'gyldig' : 'ikke gyldig'}`];
  const list = (title: string, items: Finding[]) => {
    if (items.length === 0) return;
    lines.push('', `${title}:`);
    for (const f of items) lines.push(`  • ${f.path}: ${f.message}`);
  };
  list('Fejl', result.errors);
  list('Advarsler', result.warnings);
  switch (result.kind) {
    case 'binary':
      lines.push('');
      for (const theme of result.themes) {
        lines.push(`${theme.title}: ${theme.allMet ? 'alle kriterier opfyldt' : 'ikke alle kriterier opfyldt'}`);
        for (const c of theme.criteria) lines.push(`  ${c.id}: ${c.result ? RESULT_LABEL[c.result] : 'ikke vurderet'}`);
      }
      lines.push('', `Økonomi: ${result.economy.result ? RESULT_LABEL[result.economy.result] : 'ikke vurderet'}`);
      lines.push(`Fornøden kvalitet: ${result.sufficientQuality ? 'ja' : 'nej'}`);
      if (result.decisionOptions.length) lines.push(`Mulige afgørelser: ${result.decisionOptions.map((d) => DECISION_LABEL[d]).join(', ')}`);
      break;
    case 'scored':
      if (result.excludedIndicators.length) lines.push('', `Indikatorer der ikke gælder: ${result.excludedIndicators.join(', ')}`);
      lines.push('', 'Kriterier (gennemsnit):');
      for (const c of result.criteria) lines.push(`  Kriterium ${c.number}: ${number(c.average)}`);
      lines.push('', 'Temaer (gennemsnit):');
      for (const t of result.themes) lines.push(`  ${t.title}: ${number(t.average)}`);
      break;
    default:
      assertNever(result);
  }
  return `${lines.join('\n')}\n`;
}
