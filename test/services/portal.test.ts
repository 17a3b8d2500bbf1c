// The public portal's services: the search filters (alone and combined, with % and _ literal),
// what counts as published (a sent version with audience 'public' — never a draft, a final
// version that has not been sent, or a foster family's version), enhanced supervision only while
// in force, the history of earlier versions, the personal-data guard, the municipalities'
// foster-family conclusions by role, and open data equal to what the pages show.
import type { ReportAudience } from '../../src/core/vocabulary.ts';
import type { LegalBasis } from '../../src/core/model/catalog-parts.ts';
import type { Decision } from '../../src/core/assessment/decision-options.ts';
import type { ApprovalStatus, ReportStatus } from '../../src/core/vocabulary.ts';
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createTestServices, type TestServices } from '../support/test-services.ts';
import { makeActor, makeActors, seedAuthorities } from '../support/fixtures.ts';
import type { Actor } from '../../src/services/actor.ts';
import type { ServiceContext } from '../../src/services/context.ts';
import { ServiceError, type ServiceErrorCode } from '../../src/services/service-error.ts';
import { decisions, fosterFamilies, inspections, providers, reportDispatches, reports, reportVersions } from '../../src/storage/schema.ts';
import { markerApplies } from '../../src/core/assessment/applicability.ts';
import type { BinaryModel } from '../../src/core/kinds/binary/catalog.ts';
import { buildReport } from '../../src/core/report/build-report.ts';
import { contentHash } from '../../src/core/report/content-hash.ts';
import { publicSummary, type PublicReport } from '../../src/core/report/public-report.ts';
import { reportEntity } from '../../src/core/report/report-evaluation.ts';
import type { ReportAssessmentData, ReportInput } from '../../src/core/report/report-input.ts';
import { listPortalMunicipalities, searchProviders, type PortalFilters, type PublicProvider } from '../../src/services/portal/search-providers.ts';
import { getProviderPage, type ProviderPage } from '../../src/services/portal/get-provider-page.ts';
import { listMunicipalityConclusions } from '../../src/services/portal/list-municipality-conclusions.ts';
import { exportOpenData, openDataCsv, type OpenDataRow } from '../../src/services/portal/export-open-data.ts';
import { WITHHELD_TEXT } from '../../src/services/portal/portal-data.ts';

/** Today is fixed: 15 March 2026 (Copenhagen). */
const NOW = new Date('2026-03-15T10:00:00Z');

let t: TestServices;
let s: ServiceContext;
let a: Awaited<ReturnType<typeof makeActors>>;
let providerUser: Actor;
let familyUser: Actor;
let tilbud: BinaryModel;
let plejefamilie: BinaryModel;

/** Provider ids by short name. */
const P = { aadalen: '', engly: '', skovly: '', nordstjernen: '', havnelyset: '', kompasset: '', fyrtaarnet: '' };
let family = '';
let otherFamily = '';

async function expectError(code: ServiceErrorCode, run: () => Promise<unknown>, message: string): Promise<void> {
  await assert.rejects(run, (e: unknown) => e instanceof ServiceError && e.code === code, message);
}

// ---- building rows ------------------------------------------------------------------------------

async function addProvider(values: { name: string; municipality: string; legalBases: LegalBasis[]; targetGroups: string[]; approvalStatus?: ApprovalStatus; authorityId?: string }): Promise<string> {
  const [row] = await s.db
    .insert(providers)
    .values({ authorityId: values.authorityId ?? 'nord', name: values.name, municipality: values.municipality, legalBases: values.legalBases, targetGroups: values.targetGroups, approvalStatus: values.approvalStatus ?? 'approved', methods: ['Neuropædagogik'], places: 10 })
    .returning({ id: providers.id });
  return row!.id;
}

async function addInspection(entity: { providerId?: string; fosterFamilyId?: string }, model: BinaryModel, title: string): Promise<string> {
  const [row] = await s.db
    .insert(inspections)
    .values({ authorityId: 'nord', providerId: entity.providerId ?? null, fosterFamilyId: entity.fosterFamilyId ?? null, phase: 'operation', modelId: model.id, modelVersion: model.version, status: 'completed', title })
    .returning({ id: inspections.id });
  return row!.id;
}

function completeData(model: BinaryModel, input: Pick<ReportInput, 'entity'>): ReportAssessmentData {
  const entity = reportEntity(input);
  const markers: NonNullable<ReportAssessmentData['markers']> = {};
  const criteria: NonNullable<ReportAssessmentData['criteria']> = {};
  for (const c of model.themes.flatMap((th) => th.criteria)) {
    for (const m of c.markers) markers[m.id] = markerApplies(m, entity) ? 'present' : 'not_applicable';
    criteria[c.id] = { result: 'met', justification: `Begrundelse for ${c.id}.`, doubt: false };
  }
  return { markers, criteria, economy: { result: 'met', justification: 'Økonomien hænger sammen.' } };
}

type Texts = { overall: string; theme: (themeId: string) => string };

/** A public summary built the way the report services build it: buildReport, then publicSummary. */
function summaryOf(kind: 'provider' | 'fosterFamily', name: string, municipality: string, texts: Texts, version: number, reportDate: string, approvalRefused = false) {
  const model = kind === 'provider' ? tilbud : plejefamilie;
  const entity: ReportInput['entity'] =
    kind === 'provider'
      ? { kind, name, municipality, legalBases: ['sel-107'], flags: [] }
      : { kind, name, municipality, typology: 'almindelig', childrenInCare: 1 };
  const input: ReportInput = {
    authority: { id: 'nord', name: 'Socialtilsyn Nord' },
    inspection: { id: 'x', title: 'Tilsyn', phase: approvalRefused ? 'approval' : 'operation', modelId: model.id, modelVersion: model.version, risk: 'green', visits: [] },
    ...(approvalRefused ? { decision: { kind: 'refusal' as const, deadline: null, endsOn: null, note: '' } } : {}),
    entity,
    model,
    assessment: { data: completeData(model, { entity }) },
    content: {
      overallAssessment: texts.overall,
      themeAssessments: Object.fromEntries(model.themes.map((th) => [th.id, texts.theme(th.id)])),
      developmentPoints: [],
      disproportionatelyExpensive: false,
    },
    version: { number: version },
    reportDate,
  };
  const document = buildReport(input, { depth: s.config.documentationDepth, report: s.reportConfig });
  return { document, summary: publicSummary(document) };
}

async function addReport(inspectionId: string, status: ReportStatus): Promise<string> {
  const [row] = await s.db.insert(reports).values({ inspectionId, status, content: { overallAssessment: 'Udkast' } }).returning({ id: reports.id });
  return row!.id;
}

async function addVersion(
  reportId: string,
  number: number,
  built: { document: unknown; summary: PublicReport | Record<string, unknown> },
  audience: ReportAudience,
  sentAt: Date | null,
): Promise<void> {
  const [row] = await s.db
    .insert(reportVersions)
    .values({ reportId, number, document: built.document, publicSummary: built.summary, audience, contentHash: contentHash(built.document) })
    .returning({ id: reportVersions.id });
  if (sentAt) await s.db.insert(reportDispatches).values({ versionId: row!.id, sentAt });
}

const providerTexts = (tag: string): Texts => ({ overall: `Samlet vurdering ${tag}.`, theme: (id) => `Tema ${id} ${tag}.` });

async function addDecision(inspectionId: string, kind: Decision, endsOn: string | null) {
  await s.db.insert(decisions).values({ inspectionId, kind, endsOn, deadline: kind.includes('injunction') ? '2026-06-01' : null, note: 'Intern note' });
}

before(async () => {
  t = await createTestServices();
  s = { ...t.services, now: () => NOW };
  await seedAuthorities(s);
  a = await makeActors(s);
  tilbud = s.registry.get('tilbud') as BinaryModel;
  plejefamilie = s.registry.get('plejefamilie') as BinaryModel;

  P.aadalen = await addProvider({ name: 'Bostedet Ådalen', municipality: 'Aalborg', legalBases: ['sel-107', 'sel-108'], targetGroups: ['Voksne med udviklingshæmning', 'Autisme'] });
  P.engly = await addProvider({ name: 'Opholdsstedet 100%_Engly', municipality: 'Odense', legalBases: ['sel-66-1-5'], targetGroups: ['Børn og unge med angst'] });
  P.skovly = await addProvider({ name: 'Botilbuddet Skovly', municipality: 'Aalborg', legalBases: ['sel-107'], targetGroups: ['Unge voksne med autisme'], authorityId: 'syd' });
  P.nordstjernen = await addProvider({ name: 'Herberget Nordstjernen', municipality: 'Vejle', legalBases: ['sel-110'], targetGroups: ['Hjemløse voksne'], approvalStatus: 'approved_with_conditions' });
  P.havnelyset = await addProvider({ name: 'Krisecentret Havnelyset', municipality: 'Odense', legalBases: ['sel-109'], targetGroups: ['Kvinder udsat for vold'], approvalStatus: 'pending' });
  P.kompasset = await addProvider({ name: 'Rusmiddelcentret Kompasset', municipality: 'Vejle', legalBases: ['sel-101', 'sul-141'], targetGroups: ['Voksne med stofmisbrug'] });
  P.fyrtaarnet = await addProvider({ name: 'Bostedet Fyrtårnet', municipality: 'Vejle', legalBases: ['sel-108'], targetGroups: ['Voksne med sindslidelse'] });

  // Ådalen: 2024 report v1 sent; 2025 report v1 sent, v2 (a correction) sent, v3 final but not sent.
  const a2024 = await addReport(await addInspection({ providerId: P.aadalen }, tilbud, 'Tilsyn 2024'), 'sent');
  await addVersion(a2024, 1, summaryOf('provider', 'Bostedet Ådalen', 'Aalborg', providerTexts('Ådalen 2024 v1'), 1, '2024-05-01'), 'public', new Date('2024-05-10T09:00:00Z'));
  const a2025 = await addReport(await addInspection({ providerId: P.aadalen }, tilbud, 'Tilsyn 2025'), 'final');
  await addVersion(a2025, 1, summaryOf('provider', 'Bostedet Ådalen', 'Aalborg', providerTexts('Ådalen 2025 v1'), 1, '2025-04-01'), 'public', new Date('2025-04-08T09:00:00Z'));
  await addVersion(a2025, 2, summaryOf('provider', 'Bostedet Ådalen', 'Aalborg', providerTexts('Ådalen 2025 v2'), 2, '2025-04-20'), 'public', new Date('2025-04-22T09:00:00Z'));
  await addVersion(a2025, 3, summaryOf('provider', 'Bostedet Ådalen', 'Aalborg', providerTexts('Ådalen 2025 v3 ikke sendt'), 3, '2025-06-01'), 'public', null);

  // Skovly: a draft report only, and enhanced supervision in force.
  const skovlyInspection = await addInspection({ providerId: P.skovly }, tilbud, 'Tilsyn Skovly');
  await addReport(skovlyInspection, 'draft');
  await addDecision(skovlyInspection, 'enhanced_supervision', '2026-07-01');

  // Nordstjernen: a final version that was never sent; enhanced supervision that ended yesterday.
  const nsInspection = await addInspection({ providerId: P.nordstjernen }, tilbud, 'Tilsyn Nordstjernen');
  const nsReport = await addReport(nsInspection, 'final');
  await addVersion(nsReport, 1, summaryOf('provider', 'Herberget Nordstjernen', 'Vejle', providerTexts('Nordstjernen ikke sendt'), 1, '2026-01-10'), 'public', null);
  await addDecision(nsInspection, 'enhanced_supervision', '2026-03-14');

  // Havnelyset: enhanced supervision with injunction that ends today (still in force), two
  // periods (the latest end date is shown); an injunction alone is not enhanced supervision.
  const hvInspection = await addInspection({ providerId: P.havnelyset }, tilbud, 'Tilsyn Havnelyset');
  await addDecision(hvInspection, 'enhanced_supervision_with_injunction', '2026-03-15');
  await addDecision(hvInspection, 'enhanced_supervision', '2025-12-01');
  const kpInspection = await addInspection({ providerId: P.kompasset }, tilbud, 'Tilsyn Kompasset');
  await addDecision(kpInspection, 'injunction', '2026-09-01');

  // Kompasset: a sent version whose summary (wrongly) says municipality is not public; and a sent
  // public version with a phone number in one theme text, which is withheld.
  const kpReport = await addReport(kpInspection, 'sent');
  const kpMunicipal = summaryOf('provider', 'Rusmiddelcentret Kompasset', 'Vejle', providerTexts('Kompasset kun kommuner'), 1, '2026-01-05');
  await addVersion(kpReport, 1, { document: kpMunicipal.document, summary: { ...kpMunicipal.summary, audience: 'municipality' } }, 'municipality', new Date('2026-01-06T09:00:00Z'));
  const kpPublic = summaryOf('provider', 'Rusmiddelcentret Kompasset', 'Vejle', providerTexts('Kompasset v2'), 2, '2026-02-01');
  const withPhone = { ...kpPublic.summary, economy: { ...kpPublic.summary.economy, disproportionatelyExpensive: true }, themes: kpPublic.summary.themes.map((th, i) => (i === 0 ? { ...th, assessment: 'Ring til lederen på 22 33 44 55.' } : th)) };
  await addVersion(kpReport, 2, { document: kpPublic.document, summary: withPhone }, 'public', new Date('2026-02-03T09:00:00Z'));

  // Foster families: two sent versions (municipality only) for one, one for another in Odense.
  const [f1] = await s.db.insert(fosterFamilies).values({ authorityId: 'nord', name: 'Familien Holm', municipality: 'Aalborg', typology: 'almindelig', childrenInCare: 1 }).returning({ id: fosterFamilies.id });
  const [f2] = await s.db.insert(fosterFamilies).values({ authorityId: 'syd', name: 'Familien Bech', municipality: 'Odense', typology: 'forstaerket', childrenInCare: 2 }).returning({ id: fosterFamilies.id });
  family = f1!.id;
  otherFamily = f2!.id;
  const famTexts = (tag: string): Texts => ({ overall: `Konklusion ${tag}.`, theme: (id) => `Plejefamilietema ${id} ${tag}.` });
  const f1Report = await addReport(await addInspection({ fosterFamilyId: family }, plejefamilie, 'Tilsyn Holm'), 'sent');
  await addVersion(f1Report, 1, summaryOf('fosterFamily', 'Familien Holm', 'Aalborg', famTexts('Holm v1'), 1, '2025-10-01'), 'municipality', new Date('2025-10-02T09:00:00Z'));
  await addVersion(f1Report, 2, summaryOf('fosterFamily', 'Familien Holm', 'Aalborg', famTexts('Holm v2'), 2, '2025-11-01'), 'municipality', new Date('2025-11-02T09:00:00Z'));
  const f2Report = await addReport(await addInspection({ fosterFamilyId: otherFamily }, plejefamilie, 'Tilsyn Bech'), 'final');
  await addVersion(f2Report, 1, summaryOf('fosterFamily', 'Familien Bech', 'Odense', famTexts('Bech v1'), 1, '2025-12-01'), 'municipality', new Date('2025-12-02T09:00:00Z'));

  providerUser = await makeActor(s, 'provider', { providerId: P.aadalen });
  familyUser = await makeActor(s, 'provider', { fosterFamilyId: family });
});
after(() => t.close());

const names = (rows: PublicProvider[]) => rows.map((r) => r.name);
const search = async (f: PortalFilters) => names((await searchProviders(s, f)).items);

// ---- search ----------------------------------------------------------------------------------------

test('without filters every provider is listed, sorted by name in Danish order, with public fields only', async () => {
  const { items: rows, total, pageCount } = await searchProviders(s);
  assert.equal(total, rows.length);
  assert.equal(pageCount, 1);
  assert.deepEqual(names(rows), ['Bostedet Ådalen', 'Bostedet Fyrtårnet', 'Botilbuddet Skovly', 'Herberget Nordstjernen', 'Krisecentret Havnelyset', 'Opholdsstedet 100%_Engly', 'Rusmiddelcentret Kompasset'].sort((x, y) => x.localeCompare(y, 'da')), 'all providers, Danish order');
  for (const r of rows) {
    assert.deepEqual(Object.keys(r).sort(), ['approvalStatus', 'approvalStatusLabel', 'enhancedSupervision', 'id', 'latestPublishedOn', 'latestPublishedOnLabel', 'legalBases', 'legalBasisLabels', 'municipality', 'name', 'targetGroups'], `only public fields for ${r.name}`);
  }
  const aadalen = rows.find((r) => r.id === P.aadalen)!;
  assert.deepEqual(aadalen.legalBasisLabels, ['SEL § 107', 'SEL § 108'], 'legal bases with Danish labels');
  assert.deepEqual(aadalen.targetGroups, ['Voksne med udviklingshæmning', 'Autisme'], 'target groups');
  assert.equal(rows.find((r) => r.id === P.havnelyset)!.approvalStatusLabel, 'Afventer godkendelse', 'approval status label');
  assert.equal(rows.find((r) => r.id === P.nordstjernen)!.approvalStatus, 'approved_with_conditions', 'approval status');
});

test('name: part of the name, case-insensitive, with % and _ taken literally', async () => {
  assert.deepEqual(await search({ name: 'bostedet' }), ['Bostedet Fyrtårnet', 'Bostedet Ådalen'], 'case-insensitive contains');
  assert.deepEqual(await search({ name: 'ÅDAL' }), ['Bostedet Ådalen'], 'Danish letters, case-insensitive');
  assert.deepEqual(await search({ name: '  skovly  ' }), ['Botilbuddet Skovly'], 'trimmed');
  assert.deepEqual(await search({ name: '%' }), ['Opholdsstedet 100%_Engly'], '% is a literal character');
  assert.deepEqual(await search({ name: '_' }), ['Opholdsstedet 100%_Engly'], '_ is a literal character');
  assert.deepEqual(await search({ name: '0%_e' }), ['Opholdsstedet 100%_Engly'], '% and _ together');
  assert.deepEqual(await search({ name: 'B_stedet' }), [], '_ does not match one character');
  assert.deepEqual(await search({ name: 'Bo%Ådalen' }), [], '% does not match many characters');
  assert.deepEqual(await search({ name: '\\' }), [], 'a backslash is literal too');
  assert.deepEqual(await search({ name: '' }), await search({}), 'an empty name is no filter');
});

test('the choice of municipalities: each municipality with a provider once, in Danish order', async () => {
  const all = await s.db.select({ municipality: providers.municipality }).from(providers);
  const expected = [...new Set(all.map((r) => r.municipality))].sort((x, y) => x.localeCompare(y, 'da'));
  assert.ok(expected.length >= 3 && all.length > expected.length, 'the fixture has municipalities with several providers');
  assert.deepEqual(await listPortalMunicipalities(s), expected);
});

test('municipality: the whole name, case-insensitive', async () => {
  assert.deepEqual(await search({ municipality: 'aalborg' }), ['Bostedet Ådalen', 'Botilbuddet Skovly'], 'case-insensitive');
  assert.deepEqual(await search({ municipality: 'Aal' }), [], 'not a part of the name');
  assert.deepEqual(await search({ municipality: 'Odense' }), ['Krisecentret Havnelyset', 'Opholdsstedet 100%_Engly'], 'Odense');
  assert.deepEqual(await search({ municipality: 'Od_nse' }), [], '_ is literal');
});

test('legal basis: one code; an unknown code is invalid', async () => {
  assert.deepEqual(await search({ legalBasis: 'sel-107' }), ['Bostedet Ådalen', 'Botilbuddet Skovly'], 'sel-107');
  assert.deepEqual(await search({ legalBasis: 'sul-141' }), ['Rusmiddelcentret Kompasset'], 'one of several bases');
  assert.deepEqual(await search({ legalBasis: 'sel-105' }), [], 'nobody');
  await expectError('invalid', () => searchProviders(s, { legalBasis: 'sel-999' }), 'unknown code');
  const error = await searchProviders(s, { legalBasis: 'x' }).catch((e: unknown) => e);
  assert.ok(error instanceof ServiceError, 'a service error');
  assert.deepEqual(error.fields.map((f) => f.field), ['legalBasis'], 'the field is named');
  await expectError('invalid', () => searchProviders(s, { name: 'x'.repeat(201) }), 'too long a name');
});

test('target group: part of any target group, case-insensitive', async () => {
  assert.deepEqual(await search({ targetGroup: 'autisme' }), ['Bostedet Ådalen', 'Botilbuddet Skovly'], 'in either list position');
  assert.deepEqual(await search({ targetGroup: 'VOLD' }), ['Krisecentret Havnelyset'], 'case-insensitive');
  assert.deepEqual(await search({ targetGroup: 'børn og unge' }), ['Opholdsstedet 100%_Engly'], 'Danish letters');
  assert.deepEqual(await search({ targetGroup: '%' }), [], '% is literal');
});

test('filters combine: every given filter must match', async () => {
  assert.deepEqual(await search({ municipality: 'Aalborg', legalBasis: 'sel-108' }), ['Bostedet Ådalen'], 'municipality and legal basis');
  assert.deepEqual(await search({ name: 'bo', targetGroup: 'autisme' }), ['Bostedet Ådalen', 'Botilbuddet Skovly'], 'name and target group');
  assert.deepEqual(await search({ name: 'bostedet', municipality: 'Vejle' }), ['Bostedet Fyrtårnet'], 'name and municipality');
  assert.deepEqual(await search({ name: 'bo', municipality: 'Aalborg', legalBasis: 'sel-107', targetGroup: 'unge' }), ['Botilbuddet Skovly'], 'all four');
  assert.deepEqual(await search({ name: 'Ådalen', municipality: 'Odense' }), [], 'no match');
});

// ---- what is published ---------------------------------------------------------------------------

test('the provider page shows the latest sent public version and the earlier ones as history', async () => {
  const page = await getProviderPage(s, { id: P.aadalen });
  assert.ok(page.latest, 'a published version');
  assert.equal(page.latest.version, 2, 'the correction v2, not the unsent v3');
  assert.equal(page.latest.overallAssessment, 'Samlet vurdering Ådalen 2025 v2.', 'overall assessment of v2');
  assert.equal(page.latest.publishedOn, '2025-04-22', 'the day it was sent');
  assert.equal(page.latest.reportDate, '2025-04-20', 'the report date');
  assert.deepEqual(
    page.latest.themes.map((th) => [th.id, th.title, th.assessment]),
    tilbud.themes.map((th) => [th.id, th.title, `Tema ${th.id} Ådalen 2025 v2.`]),
    'every theme assessment, in model order',
  );
  assert.equal(page.latest.economy, 'Økonomien hænger sammen.', 'seed 004: the economy is published with the theme assessments');
  assert.deepEqual(
    page.history.map((h) => [h.version, h.publishedOn, h.overallAssessment]),
    [
      [1, '2025-04-08', 'Samlet vurdering Ådalen 2025 v1.'],
      [1, '2024-05-10', 'Samlet vurdering Ådalen 2024 v1.'],
    ],
    'earlier published versions, newest first',
  );
  const all = JSON.stringify(page);
  assert.ok(!all.includes('ikke sendt'), 'the final version that was not sent is not shown');
  assert.ok(!all.includes('Begrundelse'), 'no criterion justification');
  const search = (await searchProviders(s, { name: "Ådalen" })).items;
  assert.equal(search[0]?.latestPublishedOn, '2025-04-22', 'the search shows the date of the latest published report');
});

test('drafts, final versions that were not sent and versions for municipalities are never shown', async () => {
  const skovly = await getProviderPage(s, { id: P.skovly });
  assert.equal(skovly.latest, null, 'a draft is not published');
  assert.deepEqual(skovly.history, [], 'no history for a draft');
  const nordstjernen = await getProviderPage(s, { id: P.nordstjernen });
  assert.equal(nordstjernen.latest, null, 'a final version that was not sent is not published');
  assert.ok(!JSON.stringify(nordstjernen).includes('ikke sendt'), 'nothing of the unsent version');
  const kompasset = await getProviderPage(s, { id: P.kompasset });
  assert.equal(kompasset.latest?.version, 2, 'only the public version');
  assert.deepEqual(kompasset.history, [], 'the municipality version is not history either');
  assert.ok(!JSON.stringify(kompasset).includes('kun kommuner'), 'nothing of the municipality version');
  const rows = (await searchProviders(s)).items;
  assert.equal(rows.find((r) => r.id === P.skovly)?.latestPublishedOn, null, 'no date for a draft');
  assert.equal(rows.find((r) => r.id === P.nordstjernen)?.latestPublishedOn, null, 'no date for an unsent version');
  await expectError('not_found', () => getProviderPage(s, { id: family }), 'a foster family has no public page');
  await expectError('not_found', () => getProviderPage(s, { id: 'ikke-et-id' }), 'not an id');
  const everything = JSON.stringify(await exportOpenData(s));
  assert.ok(!everything.includes('Holm') && !everything.includes('Plejefamilietema'), 'no foster family in open data');
});

test('a text with personal data is withheld', async () => {
  const page = await getProviderPage(s, { id: P.kompasset });
  assert.equal(page.latest?.themes[0]?.assessment, WITHHELD_TEXT, 'the phone number is withheld');
  assert.equal(page.latest?.themes[1]?.assessment, `Tema ${tilbud.themes[1]!.id} Kompasset v2.`, 'the other texts are shown');
  assert.ok(!JSON.stringify(page).includes('22 33 44 55'), 'the number never leaves the service');
  assert.equal(page.latest?.disproportionatelyExpensive, true, 'disproportionately expensive is published');
  assert.equal((await getProviderPage(s, { id: P.aadalen })).latest?.disproportionatelyExpensive, false, 'and only when it is so');
});

test('enhanced supervision is shown only while in force (ends on today or later)', async () => {
  const rows = (await searchProviders(s)).items;
  const enhanced = (id: string) => rows.find((r) => r.id === id)?.enhancedSupervision ?? null;
  assert.deepEqual(enhanced(P.skovly), { endsOn: '2026-07-01', endsOnLabel: '1. juli 2026' }, 'in force');
  assert.deepEqual(enhanced(P.havnelyset), { endsOn: '2026-03-15', endsOnLabel: '15. marts 2026' }, 'with injunction, ends today: still in force');
  assert.equal(enhanced(P.nordstjernen), null, 'ended yesterday');
  assert.equal(enhanced(P.kompasset), null, 'an injunction alone is not enhanced supervision');
  assert.equal(enhanced(P.aadalen), null, 'none');
  const page = await getProviderPage(s, { id: P.skovly });
  assert.equal(page.provider.enhancedSupervision?.endsOnLabel, '1. juli 2026', 'on the provider page too');
  const later = { ...s, now: () => new Date('2026-07-02T10:00:00Z') };
  assert.equal((await getProviderPage(later, { id: P.skovly })).provider.enhancedSupervision, null, 'gone the day after it ends');
});

// ---- municipalities -----------------------------------------------------------------------------------

test('foster-family conclusions: municipality and auditor may read them, everybody else is refused', async () => {
  for (const actor of [a.municipality, a.auditor]) {
    const list = await listMunicipalityConclusions(s, actor);
    assert.deepEqual(list.map((f) => f.fosterFamily.name), ['Familien Bech', 'Familien Holm'], `${actor.role}: both families`);
    const holm = list.find((f) => f.fosterFamily.id === family)!;
    assert.equal(holm.latest.version, 2, 'the latest sent version');
    assert.equal(holm.latest.overallAssessment, 'Konklusion Holm v2.', 'its overall assessment');
    assert.equal(holm.latest.themes.length, plejefamilie.themes.length, 'its theme assessments');
    assert.deepEqual(holm.history.map((h) => h.overallAssessment), ['Konklusion Holm v1.'], 'history');
    assert.equal(holm.fosterFamily.typologyLabel, 'almindelig plejefamilie', 'typology');
  }
  const odense = await listMunicipalityConclusions(s, a.municipality, { municipality: 'odense' });
  assert.deepEqual(odense.map((f) => f.fosterFamily.id), [otherFamily], 'filtered by municipality');
  for (const actor of [null, a.inspectorNord, a.managerNord, a.admin, providerUser, familyUser]) {
    await expectError('forbidden', () => listMunicipalityConclusions(s, actor), `${actor?.role ?? 'public'} is refused`);
  }
});

// ---- open data ---------------------------------------------------------------------------------------------

/** The rows the pages show, written out independently of the export. */
function rowsOfPage(page: ProviderPage): OpenDataRow[] {
  const p = page.provider;
  const base = { providerId: p.id, providerName: p.name, municipality: p.municipality, legalBases: p.legalBasisLabels, targetGroups: p.targetGroups, approvalStatus: p.approvalStatusLabel, enhancedSupervisionUntil: p.enhancedSupervision?.endsOn ?? null };
  if (!page.latest) return [{ ...base, publishedOn: null, reportDate: null, version: null, latest: null, disproportionatelyExpensive: null, sectionId: null, section: null, assessment: null }];
  const l = page.latest;
  const r = { publishedOn: l.publishedOn, reportDate: l.reportDate, version: l.version, disproportionatelyExpensive: l.disproportionatelyExpensive };
  return [
    { ...base, ...r, latest: true, sectionId: 'overall', section: 'Samlet vurdering', assessment: l.overallAssessment },
    ...l.themes.map((th) => ({ ...base, ...r, latest: true, sectionId: th.id, section: th.title, assessment: th.assessment })),
    ...(l.economy ? [{ ...base, ...r, latest: true, sectionId: 'economy', section: 'Økonomi', assessment: l.economy }] : []),
    ...page.history.map((h) => ({ ...base, publishedOn: h.publishedOn, reportDate: h.reportDate, version: h.version, latest: false, disproportionatelyExpensive: null, sectionId: 'overall', section: 'Samlet vurdering', assessment: h.overallAssessment })),
  ];
}

test('open data rows are exactly what the search and the provider pages show, with the same filters', async () => {
  const combinations: PortalFilters[] = [{}, { name: 'bostedet' }, { municipality: 'Vejle' }, { legalBasis: 'sel-107' }, { targetGroup: 'autisme' }, { municipality: 'Aalborg', legalBasis: 'sel-108' }, { name: 'zzz' }];
  for (const filters of combinations) {
    const listed = (await searchProviders(s, filters)).items;
    const pages = await Promise.all(listed.map((p) => getProviderPage(s, { id: p.id })));
    assert.deepEqual(pages.map((pg) => pg.provider), listed, `the page shows the provider as the search does: ${JSON.stringify(filters)}`);
    assert.deepEqual(await exportOpenData(s, filters), pages.flatMap(rowsOfPage), `open data = pages for ${JSON.stringify(filters)}`);
  }
  await expectError('invalid', () => exportOpenData(s, { legalBasis: 'nope' }), 'the same validation as the search');
});

test('the CSV: BOM, header row, CRLF, RFC 4180 quoting, formulas defused', () => {
  const row: OpenDataRow = {
    providerId: 'id-1', providerName: 'Bostedet "Solen", Syd', municipality: 'Køge', legalBases: ['SEL § 107', 'SEL § 108'], targetGroups: ['=1+1'],
    approvalStatus: 'Godkendt', enhancedSupervisionUntil: null, publishedOn: '2025-04-01', reportDate: null, version: 2, latest: true, disproportionatelyExpensive: false,
    sectionId: 'overall', section: 'Samlet vurdering', assessment: 'Første linje\nanden linje',
  };
  const csv = openDataCsv([row]);
  assert.ok(csv.startsWith('\uFEFFtilbud_id,tilbud,kommune,'), 'BOM and header');
  const lines = csv.slice(1).split('\r\n');
  assert.equal(lines.length, 3, 'header, one record, and the final CRLF');
  assert.equal(lines[2], '', 'ends with CRLF');
  assert.equal(lines[1], `id-1,"Bostedet ""Solen"", Syd",Køge,SEL § 107; SEL § 108,'=1+1,Godkendt,,2025-04-01,,2,ja,nej,overall,Samlet vurdering,"Første linje\nanden linje"`, 'quoted fields');
});

test('"Kvalitetsvurderingen på temaniveau offentliggøres på Tilbudsportalen, hvis tilbuddet godkendes": a refusal at approval is sent to the applicant, not published', async () => {
  const id = await addProvider({ name: 'Ansøgeren Havtornen', municipality: 'Vejle', legalBases: ['sel-107'], targetGroups: ['Voksne'] });
  const inspectionId = await addInspection({ providerId: id }, tilbud, 'Godkendelse 2026 – Havtornen');
  const built = summaryOf('provider', 'Ansøgeren Havtornen', 'Vejle', providerTexts('Havtornen afslag'), 1, '2026-05-01', true);
  assert.equal(built.document.audience, 'applicant');
  assert.equal(built.summary.audience, 'applicant');
  await addVersion(await addReport(inspectionId, 'sent'), 1, built, built.document.audience, new Date('2026-05-02T09:00:00Z'));
  const page = await getProviderPage(s, { id });
  assert.equal(page.latest, null, 'nothing published');
  assert.ok(!JSON.stringify(await exportOpenData(s, { name: 'Havtornen' })).includes('Havtornen afslag'), 'nor in open data');
});
