// One line of a historical import (`tilsyn analytics import FILE`): an authority's former system's
// score or conclusion for one item, validated field by field into a fact. Every problem names its
// line and column, in Danish, so the file can be corrected and imported again.
import { createHash } from 'node:crypto';
import { PHASES } from '../assessment/assessment-input.ts';
import { isIsoDate } from '../calendar.ts';
import { LEGAL_BASES, TYPOLOGIES } from '../model/catalog-parts.ts';
import { OWNERSHIPS } from '../vocabulary.ts';
import { FACT_ENTITY_KINDS, FACT_VALUES, type Fact, type FactEntityKind, type ModelItem } from './facts.ts';
import { FACT_ITEM_KIND_LABEL } from '../labels.ts';

/** The header, in this order; other columns are refused so that a misspelt one is not silently lost. */
export const IMPORT_COLUMNS = ['authority', 'entity_kind', 'entity_id', 'provider_type', 'inspection_date', 'phase', 'model', 'item', 'value', 'inspector'] as const;
export type ImportColumn = (typeof IMPORT_COLUMNS)[number];

export type ImportProblem = { line: number; column: ImportColumn | null; message: string };

/** What a line is checked against: the authorities and the models with their items. */
export type ImportLookups = {
  authorities: ReadonlySet<string>;
  models: ReadonlyMap<string, { version: string; entity: FactEntityKind; items: ReadonlyMap<string, ModelItem> }>;
  /** The last date an inspection can have (today). */
  latestDate: string;
};

export type ImportedLine = { ok: true; fact: Fact; line: number } | { ok: false; problems: ImportProblem[] };

const OWNERSHIP_SET: ReadonlySet<string> = new Set(OWNERSHIPS);
const LEGAL_BASIS_SET: ReadonlySet<string> = new Set(LEGAL_BASES);
const TYPOLOGY_SET: ReadonlySet<string> = new Set(TYPOLOGIES);
const CODE = /^[\p{L}\p{N}._:/-]{1,100}$/u;

/** The key a line is imported once by: the same authority, entity, date, phase, model and item. */
export function importSourceKey(f: Record<ImportColumn, string>): string {
  const identity = [f.authority, f.entity_kind, f.entity_id, f.inspection_date, f.phase, f.model, f.item].join('\u001f');
  return `import:${createHash('sha256').update(identity).digest('hex').slice(0, 40)}`;
}

export function parseImportLine(line: number, f: Record<ImportColumn, string>, lookups: ImportLookups): ImportedLine {
  const problems: ImportProblem[] = [];
  const problem = (column: ImportColumn, message: string) => problems.push({ line, column, message });

  if (!lookups.authorities.has(f.authority)) problem('authority', `"${f.authority}" er ikke et socialtilsyn (${[...lookups.authorities].join(', ')})`);
  const entityKind = FACT_ENTITY_KINDS.find((k) => k === f.entity_kind);
  if (!entityKind) problem('entity_kind', `"${f.entity_kind}" skal være provider eller foster_family`);
  if (!CODE.test(f.entity_id)) problem('entity_id', 'skal være et stabilt id på 1–100 tegn (bogstaver, tal, . _ : / -)');

  const tokens = f.provider_type.split(/[\s;]+/).filter((t) => t !== '');
  const legalBases = tokens.filter((t) => LEGAL_BASIS_SET.has(t));
  const ownership = tokens.find((t) => OWNERSHIP_SET.has(t)) ?? null;
  const typology = tokens.find((t) => TYPOLOGY_SET.has(t)) ?? null;
  const unknown = tokens.filter((t) => !LEGAL_BASIS_SET.has(t) && !OWNERSHIP_SET.has(t) && !TYPOLOGY_SET.has(t));
  if (unknown.length > 0) problem('provider_type', `ukendt ${unknown.map((t) => `"${t}"`).join(', ')}: brug lovgrundlag (fx sel-107), ejerform (kommunal, regional, privat) eller plejefamiliens typologi (almindelig, forstaerket, specialiseret)`);
  else if (entityKind === 'provider' && typology) problem('provider_type', 'et tilbud har lovgrundlag og ejerform, ikke en plejefamilie-typologi');
  else if (entityKind === 'foster_family' && (legalBases.length > 0 || ownership)) problem('provider_type', 'en plejefamilie har en typologi, ikke lovgrundlag eller ejerform');

  if (!isIsoDate(f.inspection_date)) problem('inspection_date', `"${f.inspection_date}" er ikke en dato på formen ÅÅÅÅ-MM-DD`);
  else if (f.inspection_date > lookups.latestDate) problem('inspection_date', `${f.inspection_date} ligger i fremtiden`);
  const phase = PHASES.find((p) => p === f.phase);
  if (!phase) problem('phase', `"${f.phase}" skal være approval (godkendelse) eller operation (drift)`);

  const model = lookups.models.get(f.model);
  if (!model) problem('model', `"${f.model}" er ikke en kvalitetsmodel, der vurderes med (${[...lookups.models.keys()].join(', ')})`);
  else if (entityKind && model.entity !== entityKind) problem('model', `modellen ${f.model} bruges ikke til ${entityKind === 'provider' ? 'tilbud' : 'plejefamilier'}`);
  const item = model?.items.get(f.item);
  if (model && !item) problem('item', `"${f.item}" findes ikke i modellen ${f.model}`);
  if (item && !FACT_VALUES[item.kind].includes(f.value)) {
    problem('value', `"${f.value}" er ikke en værdi for ${FACT_ITEM_KIND_LABEL[item.kind].toLowerCase()} (${FACT_VALUES[item.kind].join(', ')})`);
  }
  if (!CODE.test(f.inspector)) problem('inspector', 'skal være en tilsynskonsulents kode på 1–100 tegn (bogstaver, tal, . _ : / -)');

  if (problems.length > 0 || !entityKind || !phase || !model || !item) return { ok: false, problems };
  return {
    ok: true,
    line,
    fact: {
      sourceKey: importSourceKey(f),
      source: 'imported',
      authorityId: f.authority,
      entityKind,
      entityId: f.entity_id,
      legalBases,
      ownership,
      typology,
      departmentId: null,
      inspectionKey: `import:${f.authority}:${entityKind}:${f.entity_id}:${f.inspection_date}:${phase}`,
      inspectionId: null,
      reportVersionId: null,
      phase,
      factDate: f.inspection_date,
      modelId: f.model,
      modelVersion: model.version,
      themeId: item.themeId,
      criterionId: item.criterionId,
      itemKind: item.kind,
      itemId: f.item,
      value: f.value,
      carriedForward: false,
      situations: [],
      risk: null,
      consistency: null,
      inspector: f.inspector,
    },
  };
}
