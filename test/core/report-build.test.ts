import { renderReportHtml } from '../../src/report-render/report-html.tsx';
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { evaluate } from '../../src/core/assessment/evaluate.ts';
import { markerApplies } from '../../src/core/assessment/applicability.ts';
import { buildReport } from '../../src/core/report/build-report.ts';
import { canonicalJson, contentHash } from '../../src/core/report/content-hash.ts';
import { publicSummary, ReportNotPublishableError } from '../../src/core/report/public-report.ts';
import type { ReportBinaryTheme, ReportScoredTheme } from '../../src/core/report/report-document.ts';
import { reportEngineInput } from '../../src/core/report/report-evaluation.ts';
import { reportContentSchema } from '../../src/core/report/report-input.ts';
import { formatAverage } from '../../src/core/labels.ts';
import { formatDanishDate } from '../../src/core/report/report-labels.ts';
import {
  applicableIndicators,
  binaryData,
  binaryInput,
  concrete,
  depth,
  options,
  plejefamilie,
  scoredData,
  scoredInput,
  tilbud,
  tilbud2017,
} from './report-fixtures.ts';

const binaryThemes = (themes: unknown[]) => themes as ReportBinaryTheme[];
const scoredThemes = (themes: unknown[]) => themes as ReportScoredTheme[];

test('binary: the document has every theme, criterion and marker of the model, with results, justifications and notes', () => {
  const input = binaryInput();
  const doc = buildReport(input, options);
  assert.equal(doc.model.kind, 'binary');
  assert.equal(doc.complete, true);
  assert.deepEqual(doc.themes.map((t) => t.id), tilbud.themes.map((t) => t.id));
  const themes = binaryThemes(doc.themes);
  for (const [i, theme] of tilbud.themes.entries()) {
    const t = themes[i]!;
    assert.equal(t.title, theme.title);
    assert.equal(t.assessment, input.content.themeAssessments[theme.id]);
    assert.deepEqual(t.criteria.map((c) => c.id), theme.criteria.map((c) => c.id));
    for (const [j, criterion] of theme.criteria.entries()) {
      const c = t.criteria[j]!;
      assert.equal(c.text, criterion.text);
      assert.equal(c.result, 'met');
      assert.equal(c.resultLabel, 'opfyldt');
      assert.equal(c.justification, input.assessment.data.criteria![criterion.id]!.justification);
      assert.deepEqual(c.markers.map((m) => [m.id, m.text]), criterion.markers.map((m) => [m.id, m.text]));
    }
  }
  const markers = themes.flatMap((t) => t.criteria.flatMap((c) => c.markers));
  assert.equal(markers.length, 20);
  assert.deepEqual(markers.find((m) => m.id === 'k6.2'), { id: 'k6.2', text: markers.find((m) => m.id === 'k6.2')!.text, applies: false, state: 'not_applicable', stateLabel: 'ikke aktuel', note: '' });
  assert.equal(markers.find((m) => m.id === 'k1.1')!.stateLabel, 'til stede');
  assert.match(markers.find((m) => m.id === 'k1.1')!.note, /tre konkrete forløb/);
  assert.deepEqual(themes.flatMap((t) => t.criteria.map((c) => c.number)), [1, 2, 3, 4, 5, 6, 7, 8, 9]);
  assert.equal(doc.economy.result, 'met');
  assert.equal(doc.economy.resultLabel, 'opfyldt');
  assert.match(doc.economy.justification, /Regnskabet/);
  assert.equal(doc.spiderWeb, null);
  assert.equal(doc.conclusion, 'sufficient');
  assert.equal(doc.conclusionLabel, 'Fornøden kvalitet');
});

test('binary: a marker left out because it does not apply reads "ikke aktuel"; an applicable one left out reads "ikke vurderet"', () => {
  const data = binaryData();
  delete data.markers!['k6.2'];
  delete data.markers!['k1.2'];
  const doc = buildReport(binaryInput({ assessment: { data } }), options);
  const markers = binaryThemes(doc.themes).flatMap((t) => t.criteria.flatMap((c) => c.markers));
  assert.equal(markers.find((m) => m.id === 'k6.2')!.stateLabel, 'ikke aktuel');
  assert.deepEqual([markers.find((m) => m.id === 'k1.2')!.state, markers.find((m) => m.id === 'k1.2')!.stateLabel], [null, 'ikke vurderet']);
  assert.equal(doc.complete, false);
  assert.equal(doc.conclusion, 'incomplete');
});

test('binary: the overview figure counts criteria met / not met per theme and in total', () => {
  const clean = buildReport(binaryInput(), options).overview!;
  assert.deepEqual(clean.themes.map((t) => [t.number, t.met, t.notMet, t.unassessed]), [[1, 1, 0, 0], [2, 4, 0, 0], [3, 2, 0, 0], [4, 1, 0, 0], [5, 1, 0, 0]]);
  assert.deepEqual(clean.totals, { met: 9, notMet: 0, unassessed: 0 });
  assert.equal(clean.conclusion, 'sufficient');
  assert.deepEqual(clean.themes[1]!.criteria.map((c) => c.label), ['Kvalitetskriterie 2', 'Kvalitetskriterie 3', 'Kvalitetskriterie 4', 'Kvalitetskriterie 5']);

  const data = binaryData();
  data.markers!['k4.1'] = 'absent';
  data.criteria!.k4 = { result: 'not_met', justification: concrete('to episoder med fastholdelse') };
  data.criteria!.k9 = { result: 'not_met', justification: concrete('badeværelserne') };
  const doc = buildReport(binaryInput({ assessment: { data } }), options);
  const o = doc.overview!;
  assert.deepEqual(o.themes.map((t) => [t.met, t.notMet]), [[1, 0], [3, 1], [2, 0], [1, 0], [0, 1]]);
  assert.deepEqual(o.totals, { met: 7, notMet: 2, unassessed: 0 });
  assert.equal(o.conclusion, 'insufficient');
  assert.equal(o.conclusionLabel, 'Ikke fornøden kvalitet');
  assert.equal(o.themes[1]!.allMet, false);
  assert.equal(o.themes[1]!.criteria[2]!.resultLabel, 'ikke opfyldt');
  assert.equal(binaryThemes(doc.themes)[1]!.criteria[2]!.colour, 'red');
  assert.equal(doc.conclusion, 'insufficient');
});

test('scored: every applicable indicator with its score and written assessment; excluded ones are not scored but named', () => {
  const input = scoredInput();
  const doc = buildReport(input, options);
  const themes = scoredThemes(doc.themes);
  assert.deepEqual(themes.map((t) => t.id), tilbud2017.themes.map((t) => t.id));
  const listed = themes.flatMap((t) => t.criteria.flatMap((c) => c.indicators));
  const expected = applicableIndicators();
  assert.deepEqual(listed.map((i) => i.id), expected.map((i) => i.id));
  for (const i of listed) {
    const rating = input.assessment.data.indicators![i.id]!;
    assert.equal(i.score, rating.score);
    assert.equal(i.assessment, rating.text);
    assert.match(i.scoreLabel, new RegExp(`^${rating.score}: `));
  }
  assert.equal(listed.find((i) => i.score === 5)!.scoreLabel, `5: ${tilbud2017.scale.find((s) => s.score === 5)!.label}`);
  // sel-107 excludes 1.d (only §66) and 2.f among others: named, never scored.
  const notApplicable = themes.flatMap((t) => t.criteria.flatMap((c) => c.notApplicable.map((i) => i.id)));
  assert.ok(notApplicable.includes('1.d'));
  assert.ok(!listed.some((i) => notApplicable.includes(i.id)));
});

test('scored: criterion and theme averages and the spider web equal the engine\'s', () => {
  const input = scoredInput();
  const doc = buildReport(input, options);
  const engine = evaluate(tilbud2017, reportEngineInput(input, input.assessment.data), { depth });
  assert.equal(engine.kind, 'scored');
  if (engine.kind !== 'scored') return;
  assert.equal(engine.valid, true, JSON.stringify(engine.errors));
  const themes = scoredThemes(doc.themes);
  assert.deepEqual(themes.map((t) => [t.id, t.average]), engine.themes.map((t) => [t.id, t.average]));
  const criteria = themes.flatMap((t) => t.criteria);
  for (const c of criteria) assert.equal(c.average, engine.criteria.find((e) => e.id === c.id)!.average);
  assert.ok(themes.every((t) => t.average !== null && t.average >= 1 && t.average <= 5));
  assert.deepEqual(doc.spiderWeb!.axes.map((a) => [a.themeId, a.value]), engine.themes.map((t) => [t.id, t.average]));
  assert.deepEqual(doc.spiderWeb!.axes.map((a) => a.valueLabel), engine.themes.map((t) => formatAverage(t.average)));
  assert.equal(doc.overview, null);
  // Issue 9, item 6: the authority's explicit conclusion, and (item 5) each criterion's written assessment.
  assert.equal(doc.conclusion, 'sufficient');
  for (const c of scoredThemes(doc.themes).flatMap((t) => t.criteria)) assert.match(c.assessment, new RegExp(`samlet for kriterium ${c.number}`));
});

test('scored: a theme that does not apply (Organisation og ledelse for § 66, stk. 1, nr. 7) is shown as such and is no axis of the spider web', () => {
  const entity = { legalBases: ['sel-66-1-7'], flags: [] as string[] };
  const indicators = Object.fromEntries(applicableIndicators(tilbud2017, entity).map((i) => [i.id, { score: 4, text: concrete(`indikator ${i.id}`) }]));
  const input = scoredInput({ entity: { kind: 'provider', name: 'Døgntilbuddet Egely', municipality: 'Odense', ...entity }, assessment: { data: { indicators } } });
  const doc = buildReport(input, options);
  const org = scoredThemes(doc.themes).find((t) => t.id === 'organisation-og-ledelse')!;
  assert.equal(org.applies, false);
  assert.deepEqual(org.criteria, []);
  assert.equal(org.average, null);
  assert.ok(!doc.spiderWeb!.axes.some((a) => a.themeId === 'organisation-og-ledelse'));
  assert.equal(doc.spiderWeb!.axes.length, tilbud2017.themes.length - 1);
  assert.ok(doc.spiderWeb!.axes.every((a) => a.value === 4));
});

test('scored at approval: expectations instead of scores, no averages and no spider web', () => {
  const indicators = Object.fromEntries(applicableIndicators().map((i, n) => [i.id, { expected: n % 3 === 0 ? 'expected_not_met' as const : 'expected_met' as const, text: concrete(i.id) }]));
  const base = scoredInput();
  const doc = buildReport({ ...base, inspection: { ...base.inspection, phase: 'approval' }, assessment: { data: { ...base.assessment.data, indicators } } }, options);
  assert.equal(doc.complete, true);
  assert.equal(doc.spiderWeb, null);
  const listed = scoredThemes(doc.themes).flatMap((t) => t.criteria.flatMap((c) => c.indicators));
  assert.equal(listed.length, applicableIndicators().length);
  assert.equal(listed[0]!.expectedLabel, tilbud2017.approvalRatings.expected_not_met);
  assert.equal(listed[1]!.expectedLabel, tilbud2017.approvalRatings.expected_met);
  assert.ok(listed.every((i) => i.score === null));
  assert.equal(doc.inspection.phaseLabel, 'godkendelse');
});

test('decision, version, date and development points in Danish', () => {
  const doc = buildReport(
    binaryInput({
      decision: { kind: 'enhanced_supervision_with_injunction', deadline: '2025-05-01', endsOn: '2025-09-30', note: 'Bostedet skal have ny nattevagtsordning.' },
      version: { number: 2, supersedes: 1 },
    }),
    options,
  );
  assert.deepEqual(doc.decision, {
    kind: 'enhanced_supervision_with_injunction',
    label: 'skærpet tilsyn med påbud',
    deadline: '2025-05-01',
    deadlineLabel: '1. maj 2025',
    endsOn: '2025-09-30',
    endsOnLabel: '30. september 2025',
    note: 'Bostedet skal have ny nattevagtsordning.',
  });
  assert.deepEqual(doc.version, { number: 2, supersedes: 1, label: 'Version 2 (erstatter version 1)' });
  assert.equal(doc.reportDateLabel, '1. april 2025');
  assert.equal(formatDanishDate('2025-12-24'), '24. december 2025');
  assert.deepEqual(doc.developmentPoints, binaryInput().content.developmentPoints);
  assert.equal(doc.audience, 'public');
  assert.deepEqual(doc.entity.legalBasisLabels, ['SEL § 107', 'SEL § 108']);
});

test('a foster family without a child in care gets a section on why its assessments are carried forward', () => {
  const data = binaryData(plejefamilie);
  data.carriedForward = { confirmed: true, note: 'Familien har ventet på et nyt barn siden januar; hjemmet og rammerne er uændrede.' };
  const doc = buildReport(
    binaryInput({
      model: plejefamilie,
      inspection: { ...binaryInput().inspection, modelId: plejefamilie.id, modelVersion: plejefamilie.version },
      entity: { kind: 'fosterFamily', name: 'Familien Ravn', municipality: 'Aabenraa', typology: 'almindelig', childrenInCare: 0 },
      assessment: { data },
      content: {
        overallAssessment: 'Familien Ravn har fortsat den fornødne kvalitet.',
        themeAssessments: Object.fromEntries(plejefamilie.themes.map((t) => [t.id, concrete(`tema ${t.number}`)])),
        developmentPoints: [],
        disproportionatelyExpensive: false,
        carriedForwardReason: 'Der har ikke været et barn i pleje siden sidste tilsyn.',
      },
    }),
    options,
  );
  assert.equal(doc.audience, 'municipality');
  assert.equal(doc.entity.typologyLabel, 'almindelig plejefamilie');
  assert.ok(doc.carriedForward);
  assert.equal(doc.carriedForward.reason, 'Der har ikke været et barn i pleje siden sidste tilsyn.');
  assert.match(doc.carriedForward.note, /ventet på et nyt barn/);
  assert.equal(doc.carriedForward.confirmed, true);
  assert.match(doc.carriedForward.statement, /ikke et barn i pleje.*bekræftet/s);
  // k3.3 only applies to specialised families.
  const k33 = binaryThemes(doc.themes).flatMap((t) => t.criteria.flatMap((c) => c.markers)).find((m) => m.id === 'k3.3')!;
  assert.equal(k33.applies, markerApplies(plejefamilie.themes[1]!.criteria[1]!.markers[2]!, { legalBases: [], flags: [], typology: 'almindelig' }));
  assert.equal(k33.stateLabel, 'ikke aktuel');
  // A provider has no such section.
  assert.equal(buildReport(binaryInput(), options).carriedForward, null);
});

test('per-department results, with the economy of the provider as a whole', () => {
  const dep = binaryData();
  delete dep.economy;
  dep.markers!['k9.3'] = 'absent';
  dep.criteria!.k9 = { result: 'not_met', justification: concrete('trappen i afdelingen') };
  const doc = buildReport(
    binaryInput({
      entity: { ...binaryInput().entity, departments: [{ id: 'd1', name: 'Afdeling Skovly' }] },
      departmentAssessments: [{ departmentId: 'd1', departmentName: 'Afdeling Skovly', data: dep }],
    }),
    options,
  );
  assert.equal(doc.departments.length, 1);
  const d = doc.departments[0]!;
  assert.equal(d.name, 'Afdeling Skovly');
  assert.equal(d.complete, true);
  assert.deepEqual(d.overview!.totals, { met: 8, notMet: 1, unassessed: 0 });
  assert.equal(d.overview!.conclusion, 'insufficient');
  assert.equal(d.overview!.economy.result, null, 'the department figure shows its own data; the economy is the whole provider\'s');
  assert.ok(binaryThemes(d.themes).every((t) => t.assessment === ''));

  const scored = scoredData();
  const sdoc = buildReport(scoredInput({ departmentAssessments: [{ departmentId: 'd2', departmentName: 'Afdeling Nord', data: scored }] }), options);
  assert.deepEqual(sdoc.departments[0]!.spiderWeb!.axes.map((a) => a.value), sdoc.spiderWeb!.axes.map((a) => a.value));
});

test('the public summary carries exactly what may be published', () => {
  const base = binaryInput({ decision: { kind: 'enhanced_supervision', endsOn: '2025-09-30' } });
  const doc = buildReport(base, options);
  const pub = publicSummary(doc);
  assert.deepEqual(Object.keys(pub).sort(), ['audience', 'economy', 'enhancedSupervision', 'entity', 'overallAssessment', 'reportDate', 'reportDateLabel', 'themes', 'version']);
  assert.equal(pub.audience, 'public');
  assert.deepEqual(pub.entity, { kind: 'provider', name: 'Bostedet Ådalen', municipality: 'Køge', legalBases: ['sel-107', 'sel-108'], legalBasisLabels: ['SEL § 107', 'SEL § 108'] });
  assert.equal(pub.overallAssessment, base.content.overallAssessment);
  assert.deepEqual(pub.themes.map((t) => [t.title, t.assessment]), tilbud.themes.map((t) => [t.title, base.content.themeAssessments[t.id]]));
  assert.deepEqual(pub.enhancedSupervision, { label: 'skærpet tilsyn', endsOn: '2025-09-30', endsOnLabel: '30. september 2025' });
  assert.equal(pub.version, 1);
  const json = JSON.stringify(pub);
  assert.ok(!json.includes(base.content.developmentPoints[0]!), 'development points are never published');
  for (const word of ['score', 'spider', 'markers', 'criteria', 'indicators', 'developmentPoints', 'justification']) {
    assert.ok(!json.includes(word), `${word} must not be published`);
  }
  const criterionText = base.assessment.data.criteria!.k1!.justification!;
  assert.ok(!json.includes(criterionText), 'criterion justifications are not published');
  assert.ok(!json.includes(base.assessment.data.markerNotes!['k1.1']!), 'marker notes are not published');

  // An injunction alone is not published; scored reports publish no scores or averages.
  assert.equal(publicSummary(buildReport(binaryInput({ decision: { kind: 'injunction', deadline: '2025-05-01' } }), options)).enhancedSupervision, null);
  const scored = publicSummary(buildReport(scoredInput(), options));
  assert.ok(!/average|score|spiderWeb|1,5|2,75/.test(JSON.stringify(scored)));
  assert.equal(scored.themes.length, tilbud2017.themes.length);
});

test('a foster family\'s summary is for municipalities, without legal bases', () => {
  const doc = buildReport(
    binaryInput({
      model: plejefamilie,
      entity: { kind: 'fosterFamily', name: 'Familien Ravn', municipality: 'Aabenraa', typology: 'forstaerket', childrenInCare: 2 },
      assessment: { data: binaryData(plejefamilie) },
    }),
    options,
  );
  const pub = publicSummary(doc);
  assert.equal(pub.audience, 'municipality');
  assert.equal(pub.entity.legalBases, undefined);
});

test('personal data in a published text stops the public summary', () => {
  const base = binaryInput();
  const doc = buildReport({ ...base, content: { ...base.content, overallAssessment: 'Kontakt lederen på leder@aadalen.dk for mere.' } }, options);
  assert.throws(() => publicSummary(doc), (e: unknown) => e instanceof ReportNotPublishableError && e.findings[0]!.path === 'overallAssessment' && !e.message.includes('leder@aadalen.dk'));
});

test('the content hash is stable, independent of key order, and changes with the content', () => {
  const a = buildReport(binaryInput(), options);
  const b = buildReport(binaryInput(), options);
  assert.equal(contentHash(a), contentHash(b));
  assert.match(contentHash(a), /^[0-9a-f]{64}$/);
  const reversed = JSON.parse(canonicalJson(a), (_k, v) => (v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).reverse()) : v));
  assert.equal(contentHash(reversed), contentHash(a));
  assert.equal(canonicalJson({ b: 1, a: [2, { d: undefined, c: 'æ' }] }), '{"a":[2,{"c":"æ"}],"b":1}');
  const base = binaryInput();
  const changed = buildReport({ ...base, content: { ...base.content, overallAssessment: base.content.overallAssessment + ' ' } }, options);
  assert.notEqual(contentHash(changed), contentHash(a));
});

test('the report content schema fills defaults and speaks Danish', () => {
  assert.deepEqual(reportContentSchema.parse({}), { overallAssessment: '', themeAssessments: {}, developmentPoints: [], disproportionatelyExpensive: false });
  const bad = reportContentSchema.safeParse({ overallAssessment: 3, developmentPoints: ['  '], disproportionatelyExpensive: 'ja', extra: 1 });
  assert.equal(bad.success, false);
  const messages = bad.error!.issues.map((i) => i.message);
  assert.ok(messages.includes('Den samlede vurdering skal være tekst.'), messages.join(' | '));
  assert.ok(messages.includes('Et udviklingspunkt må ikke være tomt.'), messages.join(' | '));
  assert.ok(messages.some((m) => m.startsWith('Angiv, om tilbuddet er uforholdsmæssigt dyrt')), messages.join(' | '));
  assert.ok(messages.includes('Ukendte felter: extra.'), messages.join(' | '));
  assert.equal(reportContentSchema.safeParse({ overallAssessment: 'x'.repeat(20_001) }).error?.issues[0]?.message, 'Den samlede vurdering må højst være 20000 tegn.');
});

test('issue 9, item 4: the report marks a carried-forward indicator with its date', () => {
  const base = scoredInput();
  const [first] = Object.keys(base.assessment.data.indicators!);
  const data = { ...base.assessment.data, indicators: { ...base.assessment.data.indicators, [first!]: { ...base.assessment.data.indicators![first!]!, carriedForwardFrom: '2024-05-10' } } };
  const doc = buildReport({ ...base, assessment: { data } }, options);
  const indicator = scoredThemes(doc.themes).flatMap((t) => t.criteria.flatMap((c) => c.indicators)).find((i) => i.id === first)!;
  assert.equal(indicator.carriedForwardLabel, 'Videreført fra vurderingen 10. maj 2024');
  assert.match(renderReportHtml(doc), /<em>\(Videreført fra vurderingen 10\. maj 2024\)<\/em>/);
});
