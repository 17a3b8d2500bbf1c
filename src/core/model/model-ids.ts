// Ids must be unique within a model: assessments, reports and statistics refer to them.
import type { Model } from './schema.ts';
import { assertNever } from '../assert-never.ts';

export type DuplicateId = { id: string; path: string; firstPath: string };

export function findDuplicateIds(model: Model): DuplicateId[] {
  const seen = new Map<string, string>();
  const duplicates: DuplicateId[] = [];
  const visit = (id: string, path: string) => {
    const first = seen.get(id);
    if (first !== undefined) duplicates.push({ id, path, firstPath: first });
    else seen.set(id, path);
  };
  for (const [id, path] of catalogIds(model)) visit(id, path);
  return duplicates;
}

/** Every id of a catalog with the path where it is declared, in file order. */
function catalogIds(model: Model): [string, string][] {
  switch (model.kind) {
    case 'binary':
      return model.themes.flatMap((theme, t): [string, string][] => [
        [theme.id, `themes[${t}].id`],
        ...theme.criteria.flatMap((criterion, c): [string, string][] => [
          [criterion.id, `themes[${t}].criteria[${c}].id`],
          ...criterion.markers.map((m, i): [string, string] => [m.id, `themes[${t}].criteria[${c}].markers[${i}].id`]),
        ]),
      ]);
    case 'scored':
      return model.themes.flatMap((theme, t): [string, string][] => [
        [theme.id, `themes[${t}].id`],
        ...theme.criteria.flatMap((criterion, c): [string, string][] => [
          [criterion.id, `themes[${t}].criteria[${c}].id`],
          ...criterion.indicators.map((ind, i): [string, string] => [ind.id, `themes[${t}].criteria[${c}].indicators[${i}].id`]),
        ]),
      ]);
    case 'standards':
      return model.standards.map((s, i) => [s.id, `standards[${i}].id`]);
    default:
      return assertNever(model);
  }
}
