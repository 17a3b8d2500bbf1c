// Report inputs built on the shipped catalogs (tilbud: binary, tilbud-2017: scored), complete,
// valid and clean: no report check fires on them. Tests change one thing at a time.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { loadModelRegistry } from '../../src/catalog/model-registry.ts';
import { indicatorApplies, themeApplies } from '../../src/core/assessment/applicability.ts';
import type { BinaryModel } from '../../src/core/kinds/binary/catalog.ts';
import type { ScoredModel } from '../../src/core/kinds/scored/catalog.ts';
import { parseReportConfig } from '../../src/core/report/report-config.ts';
import type { ReportAssessmentData, ReportInput } from '../../src/core/report/report-input.ts';

const registry = loadModelRegistry();
export const tilbud = registry.get('tilbud') as BinaryModel;
export const tilbud2017 = registry.get('tilbud-2017') as ScoredModel;
export const plejefamilie = registry.get('plejefamilie') as BinaryModel;

export const reportConfig = parseReportConfig(
  JSON.parse(readFileSync(fileURLToPath(new URL('../../config/report.json', import.meta.url)), 'utf8')),
);
export const depth = { green: 40, yellow: 200, red: 400 };
export const options = { depth, report: reportConfig };

export const AUTHORITY = { id: 'oest', name: 'Socialtilsyn Øst' };

/** A concrete, provider-specific text that shares no wording with the model. */
export const concrete = (what: string) =>
  `Ved besøget på Bostedet Ådalen gennemgik vi ${what}. Lederen Søren viste os dagbøger fra efteråret, og to beboere fortalte selv om deres hverdag i køkkenhaven og på værkstedet. Vi så, at personalet noterer aftaler samme dag.`;

export function binaryData(model: BinaryModel = tilbud): ReportAssessmentData {
  const markers: Record<string, 'present' | 'not_applicable'> = {};
  const criteria: NonNullable<ReportAssessmentData['criteria']> = {};
  for (const c of model.themes.flatMap((t) => t.criteria)) {
    for (const m of c.markers) markers[m.id] = m.onlyFor ? 'not_applicable' : 'present';
    criteria[c.id] = { result: 'met', justification: concrete(`praksis omkring punkt ${c.id}`), doubt: false };
  }
  return {
    markers,
    criteria,
    economy: { result: 'met', justification: 'Regnskabet for sidste år viser et lille overskud, og taksten svarer til niveauet hos sammenlignelige steder i regionen.' },
    markerNotes: { 'k1.1': 'Målgruppen blev gennemgået med afdelingslederen ud fra tre konkrete forløb fra foråret.' },
  };
}

export function binaryInput(overrides: Partial<ReportInput> = {}): ReportInput {
  return {
    authority: AUTHORITY,
    inspection: {
      id: 'insp-1',
      title: 'Driftsorienteret tilsyn 2025',
      phase: 'operation',
      modelId: tilbud.id,
      modelVersion: tilbud.version,
      risk: 'green',
      visits: [{ plannedOn: '2025-03-04', announced: false, status: 'held' }],
    },
    entity: { kind: 'provider', name: 'Bostedet Ådalen', municipality: 'Køge', legalBases: ['sel-107', 'sel-108'], flags: [] },
    model: tilbud,
    assessment: { data: binaryData() },
    content: {
      overallAssessment: 'Socialtilsynet vurderer, at Bostedet Ådalen fortsat har den fornødne kvalitet. Beboerne får støtte, der passer til deres ønsker, og ledelsen følger tæt op på aftalerne.',
      themeAssessments: Object.fromEntries(tilbud.themes.map((t) => [t.id, concrete(`forholdene under temaet ${t.number}`)])),
      developmentPoints: ['Bostedet kan overveje at invitere pårørende til et årligt fællesmøde om aktiviteterne.'],
      disproportionatelyExpensive: false,
    },
    version: { number: 1 },
    reportDate: '2025-04-01',
    ...overrides,
  };
}

export const scoredEntity = { legalBases: ['sel-107'], flags: [] as string[] };

/** Applicable indicators of tilbud-2017 for scoredEntity, in model order. */
export function applicableIndicators(model: ScoredModel = tilbud2017, entity: { legalBases: string[]; flags: string[] } = scoredEntity) {
  const e = entity as Parameters<typeof indicatorApplies>[1];
  return model.themes.flatMap((t) => (themeApplies(t, e) ? t.criteria.flatMap((c) => c.indicators.filter((i) => indicatorApplies(i, e))) : []));
}

/** Deterministic scores 1–5 for every applicable indicator. */
export function scoredData(): ReportAssessmentData {
  const indicators: NonNullable<ReportAssessmentData['indicators']> = {};
  applicableIndicators().forEach((ind, n) => {
    indicators[ind.id] = { score: (n % 5) + 1, text: concrete(`dokumentationen for indikator ${ind.id}`) };
  });
  const criteria = Object.fromEntries(
    tilbud2017.themes.flatMap((t) => t.criteria).filter((c) => c.indicators.some((i) => indicators[i.id])).map((c) => [c.id, { justification: concrete(`samlet for kriterium ${c.number}`) }]),
  );
  return {
    indicators,
    criteria,
    economy: { result: 'met', justification: 'Budgettet for indeværende år hænger sammen med antallet af pladser, og taksten ligger på niveau med lignende steder.' },
    conclusion: { sufficientQuality: true, justification: 'Bostedet Ådalen har den fornødne kvalitet: scorerne ligger samlet på et godt niveau, og økonomien er opfyldt.' },
  };
}

export function scoredInput(overrides: Partial<ReportInput> = {}): ReportInput {
  return {
    ...binaryInput(),
    inspection: { ...binaryInput().inspection, id: 'insp-2', modelId: tilbud2017.id, modelVersion: tilbud2017.version },
    entity: { kind: 'provider', name: 'Bostedet Ådalen', municipality: 'Køge', ...scoredEntity },
    model: tilbud2017,
    assessment: { data: scoredData() },
    content: {
      overallAssessment: 'Socialtilsynet vurderer, at Bostedet Ådalen leverer en stabil indsats. Beboerne får støtte, der passer til deres ønsker, og ledelsen følger tæt op på aftalerne.',
      themeAssessments: Object.fromEntries(tilbud2017.themes.map((t) => [t.id, concrete(`forholdene under temaet ${t.id}`)])),
      developmentPoints: [],
      disproportionatelyExpensive: false,
    },
    ...overrides,
  };
}
