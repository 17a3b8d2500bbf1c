// A national-scale fictional history for `tilsyn demo scale` and the analytics benchmark: 2,000
// providers (some with departments, some adult providers with places for children), 5,200 foster
// families (some without a child in care, some new), ten years of yearly inspections by several
// inspectors per authority, and the facts of their final assessments. Deterministic (seeded).
// The authorities differ as seed 001 found: each has its own level and its local rule for families
// without a child (Nord carries forward, Syd assesses from prior knowledge, Midt and Hovedstaden
// mark selected items low, Øst marks every item low).
import { createPrng, seedFrom } from '../core/prng.ts';
import { adultWithChildPlaces, modelItems, type Fact, type ModelItem, type SpecialSituation } from '../core/analytics/facts.ts';
import type { LocalRule } from '../core/analytics/local-rules.ts';
import type { AssessableModel } from '../core/model/schema.ts';
import type { LegalBasis, Typology } from '../core/model/catalog-parts.ts';
import type { Ownership } from '../core/vocabulary.ts';

export const SCALE = { providers: 2000, fosterFamilies: 5200, years: 10, lastYear: 2025, inspectorsPerAuthority: 8 } as const;
export const SCALE_AUTHORITIES = ['nord', 'midt', 'syd', 'oest', 'hovedstaden'] as const;
type AuthorityId = (typeof SCALE_AUTHORITIES)[number];

/** Each authority's level (mean score) and its rule for foster families without a child (seed 001). */
const PROFILE: Record<AuthorityId, { level: number; noChild: LocalRule; newNoChild: LocalRule }> = {
  nord: { level: 3.9, noChild: 'carry_forward', newNoChild: 'score_1_all' },
  midt: { level: 3.6, noChild: 'score_1_selected', newNoChild: 'score_1_selected' },
  syd: { level: 3.7, noChild: 'prior_knowledge', newNoChild: 'score_4_all' },
  oest: { level: 3.4, noChild: 'score_1_all', newNoChild: 'score_1_all' },
  hovedstaden: { level: 3.8, noChild: 'score_1_selected', newNoChild: 'score_1_selected' },
};
/** Seed 001's local rules for foster families without a child, per authority (the demo records them too). */
export const SEED_001_LOCAL_RULES = SCALE_AUTHORITIES.flatMap((a) => [
  { authorityId: a, situation: 'without_child' as const, rule: PROFILE[a].noChild },
  { authorityId: a, situation: 'new_without_child' as const, rule: PROFILE[a].newNoChild },
]);

const BASES: LegalBasis[][] = [['sel-107'], ['sel-108'], ['sel-107', 'sel-108'], ['sel-66-1-6'], ['sel-66-1-5'], ['sel-103'], ['sel-104'], ['sel-101', 'sul-141'], ['sel-109'], ['sel-110']];
const OWNERSHIP: Ownership[] = ['kommunal', 'kommunal', 'privat', 'privat', 'regional'];
const TYPOLOGY: Typology[] = ['almindelig', 'almindelig', 'almindelig', 'forstaerket', 'specialiseret'];

export type ScaleProvider = { key: string; authorityId: AuthorityId; name: string; municipality: string; legalBases: LegalBasis[]; ownership: Ownership; departments: string[] };
export type ScaleFamily = { key: string; authorityId: AuthorityId; name: string; municipality: string; typology: Typology; approvedYear: number };

/** `fraction`: a part of the national data (the pages bench compares a tenth); the first providers are the same. */
export function scaleProviders(fraction = 1): ScaleProvider[] {
  const prng = createPrng(seedFrom('scale:providers'));
  return Array.from({ length: Math.round(SCALE.providers * fraction) }, (_, i) => {
    const authorityId = SCALE_AUTHORITIES[i % 5]!;
    // One in twenty: an adult provider with places for children (seed 001's special situation).
    const legalBases = i % 20 === 7 ? (['sel-107', 'sel-66-1-6'] as LegalBasis[]) : prng.pick(BASES);
    const departments = prng.chance(0.1) ? Array.from({ length: prng.int(2, 4) }, (_, d) => `Afdeling ${String.fromCharCode(65 + d)}`) : [];
    return { key: `P${i}`, authorityId, name: `Skalatilbud ${i + 1}`, municipality: `Kommune ${(i % 98) + 1}`, legalBases, ownership: prng.pick(OWNERSHIP), departments };
  });
}

export function scaleFamilies(fraction = 1): ScaleFamily[] {
  const prng = createPrng(seedFrom('scale:families'));
  const first = SCALE.lastYear - SCALE.years + 1;
  return Array.from({ length: Math.round(SCALE.fosterFamilies * fraction) }, (_, i) => ({
    key: `F${i}`,
    authorityId: SCALE_AUTHORITIES[i % 5]!,
    name: `Skalaplejefamilie ${i + 1}`,
    municipality: `Kommune ${(i % 98) + 1}`,
    typology: prng.pick(TYPOLOGY),
    approvedYear: prng.chance(0.6) ? first - 1 : prng.int(first, SCALE.lastYear),
  }));
}

export const inspectorKey = (authorityId: string, n: number) => `scale-inspektoer-${authorityId}-${n + 1}`;

export type ScaleInspection = { key: string; year: number; date: string; phase: 'approval' | 'operation'; inspector: string; facts: Fact[] };

const clampScore = (x: number) => String(Math.max(1, Math.min(5, Math.round(x))));

/** The yearly inspections of one provider with the facts of their assessments (the whole and each department). */
export function providerHistory(p: ScaleProvider, model: AssessableModel, entityId: string, departmentIds: string[], inspectorOf: (n: number) => string): ScaleInspection[] {
  const prng = createPrng(seedFrom(`scale:${p.key}`));
  const items = [...modelItems(model)].filter(([, i]) => i.kind === 'indicator' && applies(i, p.legalBases));
  const quality = (prng.next() - 0.5) * 1.2;
  const mixed = adultWithChildPlaces(p.legalBases);
  return years().map((year) => {
    const inspectorN = prng.int(0, SCALE.inspectorsPerAuthority - 1);
    const inspector = inspectorOf(inspectorN);
    const bias = (inspectorN - 3.5) * 0.06;
    const date = `${year}-${String(prng.int(1, 12)).padStart(2, '0')}-${String(prng.int(1, 28)).padStart(2, '0')}`;
    const key = `scale:${p.key}:${year}`;
    const facts: Fact[] = [];
    const add = (departmentId: string | null, itemId: string, item: ModelItem, value: string) =>
      facts.push(baseFact(p.authorityId, 'provider', entityId, key, date, model, inspector, { legalBases: p.legalBases, ownership: p.ownership, departmentId, themeId: item.themeId, criterionId: item.criterionId, itemKind: 'indicator', itemId, value,
        situations: [...(departmentId ? ['department_level' as const] : []), ...(mixed && item.childrenOnly ? ['adult_with_child_places' as const] : [])] }));
    const level = PROFILE[p.authorityId].level + quality + bias + (year - SCALE.lastYear) * 0.02;
    const departmentLevels = departmentIds.map(() => level + (prng.next() - 0.5) * 1.4);
    for (const [id, item] of items) {
      // Seed 001: children's indicators at an adult provider with vacant places are scored 1 in some authorities.
      const vacant = mixed && item.childrenOnly && (p.authorityId === 'oest' || p.authorityId === 'midt');
      const depScores = departmentLevels.map((l) => Number(clampScore(l + (prng.next() - 0.5) * 1.5)));
      // Some inspectors score the whole provider as its lowest department ("laveste fællesnævner").
      const whole = vacant ? '1' : depScores.length > 0 && inspectorN % 2 === 0 ? String(Math.min(...depScores)) : clampScore(level + (prng.next() - 0.5) * 2);
      add(null, id, item, whole);
      depScores.forEach((s, d) => add(departmentIds[d]!, id, item, String(s)));
    }
    facts.push(baseFact(p.authorityId, 'provider', entityId, key, date, model, inspector, { legalBases: p.legalBases, ownership: p.ownership, itemKind: 'economy', itemId: 'economy', value: prng.chance(0.96) ? 'met' : 'not_met' }));
    const sufficient = level > 2.6 || prng.chance(0.5);
    facts.push(baseFact(p.authorityId, 'provider', entityId, key, date, model, inspector, { legalBases: p.legalBases, ownership: p.ownership, itemKind: 'sufficient_quality', itemId: 'sufficient_quality', value: sufficient ? 'sufficient' : 'insufficient', risk: sufficient ? 'green' : 'red' }));
    if (!sufficient) facts.push(baseFact(p.authorityId, 'provider', entityId, key, date, model, inspector, { legalBases: p.legalBases, ownership: p.ownership, itemKind: 'decision', itemId: 'decision', value: prng.pick(['injunction', 'enhanced_supervision']), risk: 'red' }));
    return { key, year, date, phase: 'operation', inspector, facts };
  });
}

/** The yearly inspections of one foster family: approval in its first year, then operation; sometimes without a child. */
export function familyHistory(f: ScaleFamily, model: AssessableModel, entityId: string, inspectorOf: (n: number) => string): ScaleInspection[] {
  const prng = createPrng(seedFrom(`scale:${f.key}`));
  const items = [...modelItems(model)].filter(([, i]) => i.kind === 'criterion' || i.kind === 'marker');
  const quality = (prng.next() - 0.5) * 0.3;
  let previous = new Map<string, string>();
  return years().filter((y) => y >= f.approvedYear).map((year) => {
    const inspectorN = prng.int(0, SCALE.inspectorsPerAuthority - 1);
    const inspector = inspectorOf(inspectorN);
    const date = `${year}-${String(prng.int(1, 12)).padStart(2, '0')}-${String(prng.int(1, 28)).padStart(2, '0')}`;
    const key = `scale:${f.key}:${year}`;
    const phase = year === f.approvedYear ? 'approval' : 'operation';
    const isNew = year - f.approvedYear <= 1;
    const withoutChild = phase === 'operation' && (isNew ? prng.chance(0.5) : prng.chance(0.08));
    const situation: SpecialSituation[] = withoutChild ? [isNew ? 'new_without_child' : 'without_child'] : [];
    const rule = withoutChild ? (isNew ? PROFILE[f.authorityId].newNoChild : PROFILE[f.authorityId].noChild) : 'assess_normally';
    const metChance = 0.9 + quality - (PROFILE[f.authorityId].level < 3.6 ? 0.05 : 0);
    const facts: Fact[] = [];
    let criterionIndex = 0;
    const now = new Map<string, string>();
    for (const [id, item] of items) {
      const selected = item.kind === 'criterion' && criterionIndex++ < 2;
      let value: string;
      let carried = false;
      if (rule === 'carry_forward' && previous.has(id)) {
        value = previous.get(id)!;
        carried = true;
      } else if (rule === 'score_1_all' || (rule === 'score_1_selected' && selected)) value = item.kind === 'marker' ? 'absent' : 'not_met';
      else if (rule === 'score_4_all') value = item.kind === 'marker' ? 'present' : 'met';
      else value = prng.chance(metChance) ? (item.kind === 'marker' ? 'present' : 'met') : item.kind === 'marker' ? 'absent' : 'not_met';
      now.set(id, value);
      facts.push(baseFact(f.authorityId, 'foster_family', entityId, key, date, model, inspector, { typology: f.typology, phase, themeId: item.themeId, criterionId: item.criterionId, itemKind: item.kind, itemId: id, value, carriedForward: carried, situations: situation }));
    }
    previous = now;
    const sufficient = [...now.values()].filter((v) => v === 'not_met').length === 0 || withoutChild;
    facts.push(baseFact(f.authorityId, 'foster_family', entityId, key, date, model, inspector, { typology: f.typology, phase, itemKind: 'economy', itemId: 'economy', value: 'met', situations: situation }));
    facts.push(baseFact(f.authorityId, 'foster_family', entityId, key, date, model, inspector, { typology: f.typology, phase, itemKind: 'sufficient_quality', itemId: 'sufficient_quality', value: sufficient ? 'sufficient' : 'insufficient', situations: situation, risk: sufficient ? 'green' : 'yellow' }));
    return { key, year, date, phase, inspector, facts };
  });
}

const years = () => Array.from({ length: SCALE.years }, (_, i) => SCALE.lastYear - SCALE.years + 1 + i);

function applies(item: ModelItem, bases: readonly string[]): boolean {
  return !item.childrenOnly || bases.some((b) => b.startsWith('sel-66-'));
}

function baseFact(authorityId: string, entityKind: Fact['entityKind'], entityId: string, inspectionKey: string, date: string, model: AssessableModel, inspector: string, over: Partial<Fact> & Pick<Fact, 'itemKind' | 'itemId' | 'value'>): Fact {
  return {
    sourceKey: `${inspectionKey}:${over.departmentId ?? ''}:${over.itemId}`,
    source: 'imported',
    authorityId,
    entityKind,
    entityId,
    legalBases: [],
    ownership: null,
    typology: null,
    departmentId: null,
    inspectionKey,
    inspectionId: null,
    reportVersionId: null,
    phase: 'operation',
    factDate: date,
    modelId: model.id,
    modelVersion: model.version,
    themeId: null,
    criterionId: null,
    carriedForward: false,
    situations: [],
    risk: 'green',
    consistency: null,
    inspector,
    ...over,
  };
}

