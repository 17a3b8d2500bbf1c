// The regions' model in the demo (issue 11): two regions with four institutions at different stages
// — one without any work yet, one with an overdue self-evaluation, one with a completed external
// evaluation, one in the middle of one — and logins for a region's quality consultant, an
// institution's leader and a surveyor. Dates are fixed, so the overview is the same on every run.
import { externalEvaluationFindings, externalEvaluationSurveyors, externalEvaluations, institutionAdoptions, providers, selfEvaluationEntries, selfEvaluations, standardSteps, users } from '../storage/schema.ts';
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
      const [evaluation] = await tx.insert(externalEvaluations).values({ providerId, status: i.external.status, plannedOn: i.external.plannedOn, finalOn: i.external.finalOn, createdBy: consultant }).returning({ id: externalEvaluations.id });
      await tx.insert(externalEvaluationSurveyors).values({ evaluationId: evaluation!.id, userId: surveyor });
      if (i.external.status === 'final') {
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
}


/** The three logins as the demo summary lists them. */
export function standardsLoginLines(width: number, roleLabel: (role: 'region' | 'provider' | 'surveyor') => string, regionName: (id: string) => string): string[] {
  return DEMO_STANDARDS_USERS.map((u) => `  ${u.username.padEnd(width)}${roleLabel(u.role)}, ${u.regionId ? regionName(u.regionId) : u.institution ?? 'tildelte eksterne evalueringer'}`);
}
