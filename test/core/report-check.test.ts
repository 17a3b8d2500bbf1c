import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { checkReport, findDeficiencyPhrases, hasAttentionPoint, REPORT_CHECK_CODES, statesDisproportionatelyExpensive } from '../../src/core/report/check-report.ts';
import { modelWordingShare, normalizedWords, wordNgrams } from '../../src/core/report/model-wording.ts';
import { findPersonalData, isCprDate } from '../../src/core/report/personal-data.ts';
import { parseReportConfig } from '../../src/core/report/report-config.ts';
import { evaluateReport } from '../../src/core/report/report-evaluation.ts';
import type { ReportInput } from '../../src/core/report/report-input.ts';
import { binaryData, binaryInput, concrete, depth, plejefamilie, reportConfig, scoredInput, tilbud, tilbud2017 } from './report-fixtures.ts';

const check = (input: ReportInput) => checkReport(input, evaluateReport(input, depth), reportConfig);
const errors = (input: ReportInput) => check(input).errors.map((f) => [f.code, f.path]);
const warnings = (input: ReportInput) => check(input).warnings.map((f) => [f.code, f.path]);
const withContent = (patch: Partial<ReportInput['content']>, base: ReportInput = binaryInput()): ReportInput => ({ ...base, content: { ...base.content, ...patch } });

test('config/report.json parses, and a broken policy file is refused with its path', () => {
  assert.ok(reportConfig.deficiencyPhrases.includes('mangler'), 'the deficiency wording includes "mangler"');
  assert.ok(reportConfig.modelWordingMaxShare > 0 && reportConfig.modelWordingMaxShare < 1, 'the overlap threshold is a share');
  assert.throws(() => parseReportConfig({ modelWording: { maxShare: 2 } }), /config\/report.json/);
});

test('clean binary and scored reports have no findings', () => {
  assert.deepEqual(check(binaryInput()), { errors: [], warnings: [] });
  assert.deepEqual(check(scoredInput()), { errors: [], warnings: [] });
});

test('engine_errors: an assessment the engine rejects cannot be finalised', () => {
  const data = binaryData();
  delete data.markers!['k3.1'];
  data.criteria!.k5 = { ...data.criteria!.k5!, result: undefined };
  assert.deepEqual(errors(binaryInput({ assessment: { data } })), [
    ['engine_errors', 'assessment.markers.k3.1'],
    ['engine_errors', 'assessment.criteria.k5'],
  ]);
  const scored = scoredInput();
  delete scored.assessment.data.indicators!['1.a'];
  assert.deepEqual(errors(scored), [['engine_errors', 'assessment.indicators.1.a']]);
  const dep = binaryData();
  delete dep.markers!['k1.1'];
  assert.deepEqual(errors(binaryInput({ departmentAssessments: [{ departmentId: 'd1', departmentName: 'Skovly', data: dep }] })), [['engine_errors', 'departments.d1.markers.k1.1']]);
});

test('overall_missing and theme_assessment_missing (every applicable theme) and unknown_theme', () => {
  const base = binaryInput();
  const themes = { ...base.content.themeAssessments, t3: '  ', nope: 'x' };
  delete (themes as Record<string, string>).t5;
  assert.deepEqual(errors(withContent({ overallAssessment: ' \n', themeAssessments: themes })), [
    ['overall_missing', 'content.overallAssessment'],
    ['theme_assessment_missing', 'content.themeAssessments.t3'],
    ['theme_assessment_missing', 'content.themeAssessments.t5'],
    ['unknown_theme', 'content.themeAssessments.nope'],
  ]);
  // The scored model: a theme that does not apply needs no assessment.
  const s = scoredInput();
  const indicators = Object.fromEntries(Object.entries(s.assessment.data.indicators!).filter(([id]) => !id.startsWith('8.') && !id.startsWith('9.')));
  const themeAssessments = { ...s.content.themeAssessments };
  delete themeAssessments['organisation-og-ledelse'];
  const s66 = { ...s, entity: { ...s.entity, legalBases: ['sel-66-1-7'] }, assessment: { data: { ...s.assessment.data, indicators: Object.fromEntries(Object.entries(indicators).filter(([id]) => !['1.b', '1.d', '2.b', '2.f', '6.a', '6.b', '14.c'].includes(id))) } }, content: { ...s.content, themeAssessments } };
  assert.ok(!errors(s66).some(([code]) => code === 'theme_assessment_missing'), JSON.stringify(errors(s66)));
  delete themeAssessments['kompetencer'];
  assert.ok(errors(s66).some(([code, path]) => code === 'theme_assessment_missing' && path === 'content.themeAssessments.kompetencer'));
});

test('carried_forward_reason_missing: a foster family without a child in care must say why', () => {
  const family: ReportInput = {
    ...binaryInput(),
    model: plejefamilie,
    entity: { kind: 'fosterFamily', name: 'Familien Ravn', municipality: 'Aabenraa', typology: 'almindelig', childrenInCare: 0 },
    assessment: { data: binaryData(plejefamilie) },
    content: { ...binaryInput().content, themeAssessments: Object.fromEntries(plejefamilie.themes.map((t) => [t.id, concrete(`tema ${t.number}`)])) },
  };
  assert.deepEqual(errors(family), [['carried_forward_reason_missing', 'content.carriedForwardReason']]);
  assert.deepEqual(errors({ ...family, content: { ...family.content, carriedForwardReason: 'Intet barn i pleje siden maj.' } }), []);
  assert.deepEqual(errors({ ...family, assessment: { data: { ...family.assessment.data, carriedForward: { confirmed: true, note: 'Rammerne er uændrede.' } } } }), []);
  assert.deepEqual(errors({ ...family, entity: { ...family.entity, childrenInCare: 1 } }), []);
});

test('development_point_deficiency: every configured phrase, in any case and inflection, is an error; suggestions are not', () => {
  for (const phrase of reportConfig.deficiencyPhrases) {
    const point = `Bostedet ${phrase.toUpperCase()} noget omkring aftenerne.`;
    assert.deepEqual(errors(withContent({ developmentPoints: ['Bostedet kan overveje fælles madlavning.', point] })), [['development_point_deficiency', 'content.developmentPoints[1]']], phrase);
  }
  assert.deepEqual(findDeficiencyPhrases('Dokumentationen er utilstrækkeligt beskrevet.', reportConfig.deficiencyPhrases), ['utilstrækkelig']);
  assert.deepEqual(findDeficiencyPhrases('Det er kritisabelt.', reportConfig.deficiencyPhrases), ['kritisab']);
  assert.deepEqual(findDeficiencyPhrases('Tilbuddet lever ikke op til kravene.', reportConfig.deficiencyPhrases), ['lever ikke op']);
  assert.deepEqual(findDeficiencyPhrases('Bostedet kan med fordel afprøve en fast ugeplan for værkstedet.', reportConfig.deficiencyPhrases), []);
  assert.deepEqual(findDeficiencyPhrases('Hjemmangler', reportConfig.deficiencyPhrases), [], 'matched at the start of a word only');
});

test('attention_point: "Socialtilsynene bør ikke anvende såkaldte opmærksomhedspunkter i tilsynsrapporterne" — the word anywhere in any text field', () => {
  for (const text of [
    'Opmærksomhedspunkt: nattevagten',
    'OPMÆRKSOMHEDSPUNKTER:\n- nattevagten',
    'Alt er fint.\n\n## Opmærksomhedspunkter\nNattevagten.',
    '  1. opmærksomhedspunkt om medicin',
    'Socialtilsynet har et opmærksomhedspunkt om medicinhåndteringen.',
    'Der er ingen opmærksomhedspunkter.',
    'Tilsynets opmærk\u00ADsomheds\u00ADpunkt om kosten.',
    'Opmærksomheds\u200Bpunkterne følges op.',
  ]) {
    assert.ok(hasAttentionPoint(text), text);
  }
  assert.ok(!hasAttentionPoint('Socialtilsynet er opmærksom på medicinhåndteringen, og det fremgår af vurderingen af tema 3.'));
  const data = binaryData();
  data.criteria!.k2 = { ...data.criteria!.k2!, justification: `${data.criteria!.k2!.justification}\nOpmærksomhedspunkt: beboermøderne.` };
  data.markerNotes = { 'k3.2': 'opmærksomhedspunkter: kosten' };
  const base = binaryInput({ assessment: { data } });
  assert.deepEqual(errors(withContent({ overallAssessment: `${base.content.overallAssessment}\n\nOpmærksomhedspunkter:\nMedicin.`, themeAssessments: { ...base.content.themeAssessments, t4: 'Opmærksomhedspunkt – kurser' }, developmentPoints: ['Opmærksomhedspunkt: ugeplan'] }, base)), [
    ['attention_point', 'content.overallAssessment'],
    ['attention_point', 'content.themeAssessments.t4'],
    ['attention_point', 'content.developmentPoints[0]'],
    ['attention_point', 'assessment.criteria.k2.justification'],
    ['attention_point', 'assessment.markerNotes.k3.2'],
  ]);
});

test('disproportionately_expensive_unstated: both the overall assessment and the economy must say so', () => {
  const flagged = withContent({ disproportionatelyExpensive: true });
  assert.deepEqual(errors(flagged), [
    ['disproportionately_expensive_unstated', 'content.overallAssessment'],
    ['disproportionately_expensive_unstated', 'assessment.economy.justification'],
  ]);
  const data = binaryData();
  data.economy = { result: 'not_met', justification: 'Taksten er høj, og Socialtilsynet vurderer tilbuddet uforholdsmæssigt dyrt i forhold til kvaliteten.' };
  const stated = withContent({ disproportionatelyExpensive: true, overallAssessment: 'Bostedet Ådalen er uforholdsmæssig dyr sammenholdt med indsatsen over for beboerne.' }, binaryInput({ assessment: { data } }));
  assert.ok(!errors(stated).some(([code]) => code === 'disproportionately_expensive_unstated'), JSON.stringify(errors(stated)));
  for (const t of ['uforholdsmæssigt dyrt', 'Uforholdsmæssigt dyre pladser', 'UFORHOLDSMÆSSIGE DYRE', 'uforholdsmæssigt\ndyr']) assert.ok(statesDisproportionatelyExpensive(t), t);
  for (const t of ['ikke uforholdsmæssigt dyrt', 'dyrt men rimeligt', 'uforholdsmæssigt højt sygefravær']) assert.ok(!statesDisproportionatelyExpensive(t), t);
  // Without the flag nothing is required.
  assert.deepEqual(errors(binaryInput()), []);
});

test('repeats_model_wording: an assessment that mostly repeats the model is a warning at its path', () => {
  const data = binaryData();
  const k1 = tilbud.themes[0]!.criteria[0]!;
  data.criteria!.k1 = { result: 'met', justification: `${k1.text}. Det vurderes opfyldt.` };
  data.markerNotes = { 'k1.2': k1.markers[1]!.text };
  const base = binaryInput({ assessment: { data } });
  const input = withContent({ themeAssessments: { ...base.content.themeAssessments, t2: tilbud.themes[1]!.description } }, base);
  const found = check(input).warnings.filter((w) => w.code === 'repeats_model_wording');
  assert.deepEqual(found.map((w) => w.path), ['content.themeAssessments.t2', 'assessment.criteria.k1.justification', 'assessment.markerNotes.k1.2']);
  assert.match(found[0]!.message, /beskriver ikke det konkrete tilbud/);
  assert.deepEqual(check(input).errors, []);

  const s = scoredInput();
  const ind = tilbud2017.themes[0]!.criteria[0]!.indicators[0]!;
  s.assessment.data.indicators![ind.id] = { score: 4, text: ind.text };
  assert.deepEqual(warnings(s), [['repeats_model_wording', `assessment.indicators.${ind.id}.text`]]);
});

test('development_point_in_published_text is a warning', () => {
  const base = binaryInput();
  assert.deepEqual(warnings(withContent({ overallAssessment: `${base.content.overallAssessment} Se udviklingspunkterne nedenfor.` })), [['development_point_in_published_text', 'content.overallAssessment']]);
});

test('personal_data: CPR numbers, e-mail addresses and phone numbers anywhere in the report are errors, never repeated in the message', () => {
  const data = binaryData();
  data.criteria!.k3 = { ...data.criteria!.k3!, justification: `${data.criteria!.k3!.justification} Beboeren (010190-1234) blev interviewet.` };
  data.markerNotes = { 'k5.1': 'Ring til pædagogen på 23 45 67 89.' };
  const base = binaryInput({ assessment: { data }, decision: { kind: 'injunction', deadline: '2025-05-01', note: 'Sendt til jens@example.dk.' } });
  const input = withContent({ developmentPoints: ['Kontakt +45 87654321 om kurset.'], themeAssessments: { ...base.content.themeAssessments, t1: 'Barnet 3112051234 trives.' } }, base);
  const found = check(input).errors.filter((e) => e.code === 'personal_data');
  assert.deepEqual(found.map((e) => e.path), ['content.themeAssessments.t1', 'content.developmentPoints[0]', 'assessment.criteria.k3.justification', 'assessment.markerNotes.k5.1', 'decision.note']);
  for (const f of found) assert.ok(!/1234|67 89|87654321|jens@/.test(f.message), f.message);
  const s = scoredInput();
  s.assessment.data.indicators!['1.a']!.text += ' Kontakt: anne@bosted.dk';
  assert.deepEqual(errors(s), [['personal_data', 'assessment.indicators.1.a.text']]);
});

test('every listed check code fires on one input that breaks every rule at once', () => {
  const data = binaryData(plejefamilie);
  delete data.markers!['k1.1'];
  data.markerNotes = { 'k1.2': plejefamilie.themes[0]!.criteria[0]!.markers[1]!.text, 'k2.1': 'Opmærksomhedspunkt: samvær.' };
  delete data.economy;
  const family: ReportInput = {
    ...binaryInput(),
    model: plejefamilie,
    entity: { kind: 'fosterFamily', name: 'Familien Ravn', municipality: 'Aabenraa', typology: 'almindelig', childrenInCare: 0 },
    assessment: { data },
    content: {
      overallAssessment: '',
      themeAssessments: { t1: 'Se udviklingspunkterne. Ring på 23456789.', bogus: 'x' },
      developmentPoints: ['Familien mangler struktur.'],
      disproportionatelyExpensive: true,
    },
  };
  const r = check(family);
  const scored = scoredInput();
  delete scored.assessment.data.economy;
  const codes = new Set([...r.errors, ...r.warnings, ...check(scored).warnings].map((f) => f.code));
  assert.deepEqual([...codes].sort(), [...REPORT_CHECK_CODES].sort());
  assert.match(r.warnings.find((w) => w.code === 'repeats_model_wording')!.message, /beskriver ikke den konkrete plejefamilie/);
});

// ---- property tests -------------------------------------------------------------------------

const pad = (n: number) => String(n).padStart(2, '0');
const danishWord = fc.stringMatching(/^[a-zæøåA-ZÆØÅé]{1,12}$/);
const danishSentence = fc
  .tuple(fc.array(danishWord, { minLength: 1, maxLength: 20 }), fc.constantFrom('.', '!', '?', ':', ';', ' –', ','))
  .map(([words, end]) => `${words.join(' ')}${end}`);

test('property: every CPR-like ddmmyy-xxxx / ddmmyyxxxx with a real date is found, inside any sentence', () => {
  fc.assert(
    fc.property(
      fc.date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true }),
      fc.integer({ min: 0, max: 9999 }),
      fc.constantFrom('-', ''),
      danishSentence,
      danishSentence,
      (date, serial, sep, before, after) => {
        const cpr = `${pad(date.getUTCDate())}${pad(date.getUTCMonth() + 1)}${pad(date.getUTCFullYear() % 100)}${sep}${String(serial).padStart(4, '0')}`;
        const found = findPersonalData(`${before} ${cpr} ${after}`);
        return found.some((f) => f.kind === 'cpr' && f.match === cpr);
      },
    ),
    { numRuns: 500 },
  );
});

test('property: Danish sentences without digits hold no personal data', () => {
  fc.assert(fc.property(fc.array(danishSentence, { minLength: 1, maxLength: 8 }), (sentences) => findPersonalData(sentences.join(' ')).length === 0), { numRuns: 500 });
});

test('CPR dates must be real; e-mail and phone forms', () => {
  assert.equal(isCprDate(31, 4, 90), false);
  assert.equal(isCprDate(29, 2, 1), false);
  assert.equal(isCprDate(29, 2, 4), true);
  assert.deepEqual(findPersonalData('320190-1234 og 011390-1234').map((f) => f.kind), []);
  assert.deepEqual(findPersonalData('Mail: anne.b@kommune.dk, tlf. 2345 6789 eller 0045 23456789').map((f) => [f.kind, f.match]), [
    ['email', 'anne.b@kommune.dk'],
    ['phone', '2345 6789'],
    ['phone', '0045 23456789'],
  ]);
  assert.deepEqual(findPersonalData('I 2024 boede 12 beboere der, 1.234.567 kr., dato 2024-03-12, sag 123456789012').map((f) => f.kind), []);
});

const modelItems = [
  ...tilbud.themes.flatMap((t) => t.criteria.flatMap((c) => [c.text, ...c.markers.map((m) => m.text)])),
  ...tilbud2017.themes.flatMap((t) => t.criteria.flatMap((c) => [c.text, ...c.indicators.map((i) => i.text)])),
].filter((t) => normalizedWords(t).length >= 3);
// Words no model uses: letters only, behind a prefix that occurs in no Danish word.
const unrelatedWord = fc.stringMatching(/^[a-zæøå]{2,9}$/).map((w) => `xqz${w}`);

test('property: a text equal to the model wording is flagged', () => {
  fc.assert(
    fc.property(fc.constantFrom(...modelItems), (wording) => {
      assert.equal(modelWordingShare(wording, [wording]), 1);
      return modelWordingShare(wording, [wording]) > reportConfig.modelWordingMaxShare;
    }),
  );
  // Through the check, as a criterion's justification.
  fc.assert(
    fc.property(fc.constantFrom(...tilbud.themes.flatMap((t) => t.criteria)), (criterion) => {
      const data = binaryData();
      data.criteria![criterion.id] = { result: 'met', justification: criterion.text };
      return warnings(binaryInput({ assessment: { data } })).some(([code, path]) => code === 'repeats_model_wording' && path === `assessment.criteria.${criterion.id}.justification`);
    }),
  );
});

test('property: the model wording with unrelated sentences appended beyond the threshold is not flagged', () => {
  const t = reportConfig.modelWordingMaxShare;
  fc.assert(
    fc.property(fc.constantFrom(...tilbud.themes.flatMap((th) => th.criteria)), fc.array(unrelatedWord, { minLength: 400, maxLength: 400 }), fc.integer({ min: 0, max: 20 }), (criterion, pool, extra) => {
      const modelGrams = wordNgrams(criterion.text).length;
      // share = modelGrams / (modelGrams + appended words) ≤ t  ⇔  appended ≥ modelGrams·(1/t − 1)
      const needed = Math.ceil(modelGrams * (1 / t - 1)) + extra;
      const words = pool.slice(0, needed);
      const sentences = [];
      for (let i = 0; i < words.length; i += 7) sentences.push(`${words.slice(i, i + 7).join(' ')}.`);
      const text = `${criterion.text}. ${sentences.join(' ')}`;
      const share = modelWordingShare(text, [criterion.text, ...criterion.markers.map((m) => m.text)]);
      assert.ok(share <= t, `share ${share}`);
      const data = binaryData();
      data.criteria![criterion.id] = { result: 'met', justification: text };
      return !warnings(binaryInput({ assessment: { data } })).some(([code]) => code === 'repeats_model_wording');
    }),
    { numRuns: 60 },
  );
});
