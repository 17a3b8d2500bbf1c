// Ids must be unique within a model: assessments, reports and statistics refer to them.
import type { Model } from './schema.ts';

export type DuplicateId = { id: string; path: string; firstPath: string };

export function findDuplicateIds(model: Model): DuplicateId[] {
  const seen = new Map<string, string>();
  const duplicates: DuplicateId[] = [];
  const visit = (id: string, path: string) => {
    const first = seen.get(id);
    if (first !== undefined) duplicates.push({ id, path, firstPath: first });
    else seen.set(id, path);
  };
  if (model.kind === 'standards') {
    model.standards.forEach((s, i) => visit(s.id, `standards[${i}].id`));
    return duplicates;
  }
  model.themes.forEach((theme, t) => {
    visit(theme.id, `themes[${t}].id`);
    theme.criteria.forEach((criterion, c) => {
      const base = `themes[${t}].criteria[${c}]`;
      visit(criterion.id, `${base}.id`);
      if ('markers' in criterion) {
        criterion.markers.forEach((m, i) => visit(m.id, `${base}.markers[${i}].id`));
      } else {
        criterion.indicators.forEach((ind, i) => visit(ind.id, `${base}.indicators[${i}].id`));
      }
    });
  });
  return duplicates;
}
