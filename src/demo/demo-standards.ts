// The regions' model in the demo (issue 11): two regions with four institutions at different stages
// — one without any work yet, one with an overdue self-evaluation, one with a completed external
// evaluation, one in the middle of one — and logins for a region's quality consultant, an
// institution's leader and a surveyor; with guiding documents, a final report with follow-up, surveys
// and a competence plan. Dates are fixed, so the overview is the same on every run.
import { competenceModules, competenceParticipants, evaluationActions, externalEvaluationFindings, externalEvaluationSurveyors, externalEvaluations, guidingDocuments, institutionAdoptions, providers, selfEvaluationEntries, selfEvaluations, standardSteps, stepEvidence, surveyResults, surveyRounds, users } from '../storage/schema.ts';
import type { Tx } from '../storage/database.ts';
import type { StandardsModel } from '../core/kinds/standards/catalog.ts';
import type { EvaluationFinding, StepStatus } from '../core/vocabulary.ts';

type Institution = {
  name: string;
  regionId: 'midtjylland' | 'sjaelland';
  authorityId: string;
  municipality: string;
  adoptedOn: string;
  /** Steps fulfilled (or in progress) per standard: [fulfilled up to, in progress]. */
  steps: [number, boolean];
  selfEvaluations: string[];
  external: { plannedOn: string; finalOn: string | null; status: 'in_progress' | 'final' } | null;
  shared: boolean;
};

export const DEMO_INSTITUTIONS: Institution[] = [
  { name: 'Bostedet Egebakken', regionId: 'midtjylland', authorityId: 'midt', municipality: 'Viborg', adoptedOn: '2026-09-01', steps: [0, false], selfEvaluations: [], external: null, shared: false },
  { name: 'Botilbuddet Bøgely', regionId: 'midtjylland', authorityId: 'midt', municipality: 'Silkeborg', adoptedOn: '2024-06-01', steps: [1, true], selfEvaluations: ['2025-05-12'], external: null, shared: true },
  { name: 'Specialinstitutionen Fjordhuset', regionId: 'sjaelland', authorityId: 'oest', municipality: 'Holbæk', adoptedOn: '2021-03-01', steps: [2, false], selfEvaluations: ['2022-03-10', '2023-03-08', '2024-03-12', '2025-03-11', '2026-03-09'], external: { plannedOn: '2024-10-01', finalOn: '2024-12-16', status: 'final' }, shared: false },
  { name: 'Bocenter Lyngen', regionId: 'sjaelland', authorityId: 'oest', municipality: 'Næstved', adoptedOn: '2023-01-16', steps: [1, true], selfEvaluations: ['2024-01-22', '2026-02-02'], external: { plannedOn: '2026-11-09', finalOn: null, status: 'in_progress' }, shared: false },
];

/** The demo's logins for the regions' model (README table). */
export const DEMO_STANDARDS_USERS: { username: string; displayName: string; role: 'region' | 'provider' | 'surveyor'; regionId?: string; institution?: string }[] = [
  { username: 'kvalitet-sjaelland', displayName: 'Sofie Kvalitetskonsulent', role: 'region', regionId: 'sjaelland' },
  { username: 'institution-leder', displayName: 'Ib Institutionsleder', role: 'provider', institution: 'Bocenter Lyngen' },
  { username: 'surveyor-demo', displayName: 'Sara Surveyor', role: 'surveyor' },
];

export async function seedStandardsDemo(tx: Tx, model: StandardsModel, passwordHash: string): Promise<void> {
  const rows = await tx
    .insert(providers)
    .values(DEMO_INSTITUTIONS.map((i) => ({ authorityId: i.authorityId, name: i.name, municipality: i.municipality, ownership: 'regional' as const, regionId: i.regionId, legalBases: ['sel-107' as const, 'sel-108' as const], places: 18, targetGroups: ['Voksne med erhvervet hjerneskade', 'Udviklingshæmning'], methods: ['Neuropædagogik', 'Totalkommunikation'] })))
    .returning({ id: providers.id, name: providers.name });
  const idOf = new Map(rows.map((r) => [r.name, r.id]));
  const userRows = await tx
    .insert(users)
    .values(DEMO_STANDARDS_USERS.map((u) => ({ username: u.username, displayName: u.displayName, role: u.role, passwordHash, regionId: u.regionId ?? null, providerId: u.institution ? idOf.get(u.institution) ?? null : null })))
    .returning({ id: users.id, username: users.username });
  const surveyor = userRows.find((u) => u.username === 'surveyor-demo')!.id;
  const consultant = userRows.find((u) => u.username === 'kvalitet-sjaelland')!.id;

  for (const i of DEMO_INSTITUTIONS) {
    const providerId = idOf.get(i.name)!;
    await tx.insert(institutionAdoptions).values({ providerId, modelId: model.id, modelVersion: model.version, adoptedOn: i.adoptedOn, sharedWithAuthority: i.shared });
    const [fulfilledUpTo, inProgress] = i.steps;
    const steps: { providerId: string; standardId: string; step: number; status: StepStatus }[] = model.standards.flatMap((s) => [
      ...Array.from({ length: fulfilledUpTo }, (_, n) => ({ providerId, standardId: s.id, step: n + 1, status: 'fulfilled' as const })),
      ...(inProgress ? [{ providerId, standardId: s.id, step: fulfilledUpTo + 1, status: 'in_progress' as const }] : []),
    ]);
    if (steps.length > 0) await tx.insert(standardSteps).values(steps);
    // The evidence behind the fulfilled steps: a guiding document per standard (links to a fictional
    // intranet; Fjordhuset shares its own as examples), and for step 2 a briefing per standard.
    if (fulfilledUpTo >= 1) {
      await tx.insert(guidingDocuments).values(model.standards.map((s) => ({
        providerId, standardId: s.id, title: `Vejledning om ${s.title.toLowerCase()}`, kind: 'vejledning' as const,
        link: `https://intranet.example/${i.municipality.toLowerCase()}/${s.id}`, owner: 'Institutionslederen', reviewOn: '2027-09-01',
        sharedAsExample: i.name === 'Specialinstitutionen Fjordhuset', createdBy: consultant,
      })));
    }
    if (fulfilledUpTo >= 2) {
      await tx.insert(stepEvidence).values(model.standards.map((s) => ({ providerId, standardId: s.id, step: 2, kind: 'briefing' as const, heldOn: '2023-02-14', description: `Vejledningen om ${s.title.toLowerCase()} blev gennemgået på personalemødet; alle vagtlag deltog.` })));
    }
    for (const submittedOn of i.selfEvaluations) {
      const [evaluation] = await tx.insert(selfEvaluations).values({ providerId, status: 'acknowledged', submittedOn, acknowledgedOn: submittedOn, acknowledgedBy: consultant }).returning({ id: selfEvaluations.id });
      await tx.insert(selfEvaluationEntries).values(model.standards.map((s) => ({
        selfEvaluationId: evaluation!.id,
        standardId: s.id,
        position: `Retningsgivende dokumenter for ${s.title.toLowerCase()} er skrevet og gennemgået på personalemødet.`,
        distance: 'Dokumenterne er endnu ikke kendt af alle nye medarbejdere.',
        gaps: 'Introduktionen af nye medarbejdere mangler et punkt om standarden.',
      })));
    }
    if (i.external) {
      const final = i.external.status === 'final';
      const [evaluation] = await tx.insert(externalEvaluations).values({
        providerId, status: i.external.status, plannedOn: i.external.plannedOn, finalOn: i.external.finalOn, createdBy: consultant,
        report: final ? `${i.name} lever i høj grad op til standarderne. Dokumenterne er kendte og bruges i hverdagen; de individuelle planer og ledelsens opfølgning kan styrkes.` : '',
        draftOn: final ? '2024-12-02' : null, institutionComment: final ? 'Vi er enige i fundene og har sat gang i arbejdet med de individuelle planer.' : null, commentedOn: final ? '2024-12-09' : null,
      }).returning({ id: externalEvaluations.id });
      await tx.insert(externalEvaluationSurveyors).values({ evaluationId: evaluation!.id, userId: surveyor });
      if (!final) {
        // In the middle of it: the surveyor has found on the first two standards.
        await tx.insert(externalEvaluationFindings).values(model.standards.slice(0, 2).map((s) => ({ evaluationId: evaluation!.id, standardId: s.id, finding: 'fulfilled' as const, justification: `Set i praksis: ${s.title.toLowerCase()} følger vejledningen.` })));
      }
      if (final) {
        await tx.insert(evaluationActions).values([
          { evaluationId: evaluation!.id, standardId: 'individuelle-planer', action: 'De individuelle planer gennemgås med beboeren hvert halve år.', owner: 'Institutionslederen', deadline: '2025-06-30', doneOn: '2025-06-20', createdBy: consultant },
          { evaluationId: evaluation!.id, standardId: 'ledelse', action: 'Ledelsen følger op på trin 2 ved hvert personalemøde.', owner: 'Institutionslederen', deadline: '2027-06-30', createdBy: consultant },
        ]);
        const findings: EvaluationFinding[] = ['fulfilled', 'fulfilled', 'partly', 'fulfilled', 'fulfilled', 'partly'];
        await tx.insert(externalEvaluationFindings).values(model.standards.map((s, n) => ({
          evaluationId: evaluation!.id,
          standardId: s.id,
          finding: findings[n % findings.length]!,
          justification: `Surveyorerne så ${s.title.toLowerCase()} beskrevet i de retningsgivende dokumenter og talte med tre medarbejdere om, hvordan de bruger dem.`,
        })));
      }
    }
  }

  // Fjordhuset's user surveys (two rounds) and its competence development plan.
  const fjordhuset = idOf.get('Specialinstitutionen Fjordhuset')!;
  const questions = ['Jeg trives, hvor jeg bor', 'Personalet forstår, hvad jeg siger', 'Jeg bestemmer selv over min hverdag', 'Jeg ved, hvad der står i min plan'];
  for (const [heldOn, positives] of [['2024-05-06', [9, 7, 5, 4]], ['2026-05-04', [10, 9, 7, 8]]] as const) {
    const [round] = await tx.insert(surveyRounds).values({ providerId: fjordhuset, audience: 'users', heldOn, invited: 16, responded: 12 }).returning({ id: surveyRounds.id });
    await tx.insert(surveyResults).values(questions.map((question, n) => ({ roundId: round!.id, questionNo: n + 1, question, answers: 12, positive: positives[n]! })));
  }
  const plan = [
    { topic: 'Forflytning', targetGroup: 'Alle medarbejdere i dagvagt', startsOn: '2026-02-02', endsOn: '2026-03-30', participants: [['Anne', '2026-03-30'], ['Bjarne', '2026-03-30'], ['Camilla', null]] },
    { topic: 'Medicin', targetGroup: 'Social- og sundhedsassistenter', startsOn: '2027-01-11', endsOn: '2027-02-22', participants: [['Dorthe', null], ['Emil', null]] },
  ] as const;
  for (const m of plan) {
    const [row] = await tx.insert(competenceModules).values({ providerId: fjordhuset, topic: m.topic, targetGroup: m.targetGroup, startsOn: m.startsOn, endsOn: m.endsOn }).returning({ id: competenceModules.id });
    await tx.insert(competenceParticipants).values(m.participants.map(([name, completedOn]) => ({ moduleId: row!.id, name, completedOn })));
  }
}


/** The three logins as the demo summary lists them. */
export function standardsLoginLines(width: number, roleLabel: (role: 'region' | 'provider' | 'surveyor') => string, regionName: (id: string) => string): string[] {
  return DEMO_STANDARDS_USERS.map((u) => `  ${u.username.padEnd(width)}${roleLabel(u.role)}, ${u.regionId ? regionName(u.regionId) : u.institution ?? 'tildelte eksterne evalueringer'}`);
}
