// A model as a readable Danish outline for the terminal.
import { KIND_LABEL } from '../../core/labels.ts';
import { assertNever } from '../../core/assert-never.ts';
import type { BinaryModel, DesignStep } from '../../core/kinds/binary/catalog.ts';
import type { ScoredModel } from '../../core/kinds/scored/catalog.ts';
import type { StandardsModel } from '../../core/kinds/standards/catalog.ts';
import type { Model } from '../../core/model/schema.ts';
import { itemNumber } from '../../core/model/item-number.ts';


export function modelOutline(model: Model): string {
  const lines: string[] = [`${model.title} (${model.id}, ${KIND_LABEL[model.kind]}, version ${model.version})`, ''];
  switch (model.kind) {
    case 'binary':
      return binaryOutline(model, lines);
    case 'scored':
      return scoredOutline(model, lines);
    case 'standards':
      return standardsOutline(model, lines);
    default:
      return assertNever(model);
  }
}

function standardsOutline(model: StandardsModel, lines: string[]): string {
  lines.push(model.description, '', 'Standarder:');
  for (const s of model.standards) lines.push(`  • ${s.title}${s.text ? `: ${s.text}` : ''}`);
  if (model.steps.length) {
    lines.push('', 'Trin:');
    for (const step of model.steps) lines.push(`  ${step.number}. ${step.title}`);
  }
  lines.push('', `Selvevaluering: ${model.cycle.selfEvaluation}`, `Ekstern evaluering: ${model.cycle.externalEvaluation}`);
  return lines.join('\n');
}

function binaryOutline(model: BinaryModel, lines: string[]): string {
  for (const theme of model.themes) {
    lines.push(`Tema ${theme.number}: ${theme.title}`);
    for (const criterion of theme.criteria) {
      lines.push(`  Kvalitetskriterium ${itemNumber(criterion.id)}: ${criterion.text}`);
      for (const marker of criterion.markers) {
        lines.push(`    Kvalitetsmarkør ${itemNumber(marker.id)}: ${marker.text}${marker.onlyFor ? ` (${marker.onlyFor.note})` : ''}`);
        for (const step of marker.investigationDesign) lines.push(`      – ${stepLine(step)}`);
      }
    }
    lines.push('');
  }
  return lines.join('\n');
}

function scoredOutline(model: ScoredModel, lines: string[]): string {
  for (const theme of model.themes) {
    lines.push(`Tema: ${theme.title}${theme.excludedFor.length ? ` (gælder ikke ${theme.excludedFor.join(', ')})` : ''}`);
    for (const criterion of theme.criteria) {
      lines.push(`  Kriterium ${criterion.number}: ${criterion.text}`);
      for (const indicator of criterion.indicators) {
        const rules = [
          indicator.excludedFor.length ? `gælder ikke ${indicator.excludedFor.join(', ')}` : '',
          indicator.onlyFor.length ? `gælder kun ${indicator.onlyFor.join(', ')}` : '',
          indicator.excludedForFlags.length ? `gælder ikke ved ${indicator.excludedForFlags.join(', ')}` : '',
          indicator.onlyForFlags.length ? `gælder kun ved ${indicator.onlyForFlags.join(', ')}` : '',
        ].filter(Boolean);
        lines.push(`    Indikator ${indicator.id}: ${indicator.text}${rules.length ? ` [${rules.join('; ')}]` : ''}`);
      }
    }
    lines.push('');
  }
  return lines.join('\n');
}

function stepLine(step: DesignStep): string {
  return step.method + (step.notes.length ? ` (${step.notes.join('; ')})` : '');
}
