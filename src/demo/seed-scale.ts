// Writes the national-scale history (scale-plan.ts) after the ordinary demo: the register, the
// inspectors, ten years of completed inspections and their facts (the demo has the local rules).
// The history counts as imported from the authorities' former systems: it has facts but no report
// versions, so `tilsyn analytics rebuild` (which rebuilds the native facts) leaves it alone.
import { randomUUID } from 'node:crypto';
import { isAssessable, type AssessableModel } from '../core/model/schema.ts';
import type { ServiceContext } from '../services/context.ts';
import { insertFacts } from '../services/analytics/write-report-facts.ts';
import { departments, fosterFamilies, inspections, providers, users } from '../storage/schema.ts';
import { SCALE, SCALE_AUTHORITIES, familyHistory, inspectorKey, providerHistory, scaleFamilies, scaleProviders, type ScaleInspection } from './scale-plan.ts';

const ENTITIES_PER_TRANSACTION = 250;

export type ScaleProgress = (message: string) => void;

export async function seedScale(services: ServiceContext, progress: ScaleProgress = () => {}, fraction = 1): Promise<{ inspections: number; facts: number }> {
  const model = (id: string): AssessableModel => {
    const m = services.registry.get(id);
    if (!m || !isAssessable(m)) throw new Error(`demo scale: modellen ${id} findes ikke`);
    return m;
  };
  const scored = model('tilbud-2017');
  const family = model('plejefamilie');

  // Several inspectors per authority; they cannot log in (no password), but the analytics name them.
  const inspectorIds = new Map<string, string>();
  await services.db.transaction(async (tx) => {
    const rows = SCALE_AUTHORITIES.flatMap((a) => Array.from({ length: SCALE.inspectorsPerAuthority }, (_, n) => ({
      username: inspectorKey(a, n), displayName: `Tilsynskonsulent ${n + 1} (${a})`, passwordHash: '!', role: 'inspector' as const, authorityId: a, active: false,
    })));
    for (const u of await tx.insert(users).values(rows).returning({ id: users.id, username: users.username })) inspectorIds.set(u.username, u.id);
  });
  const inspectorOf = (authorityId: string) => (n: number) => inspectorIds.get(inspectorKey(authorityId, n))!;

  let inspectionCount = 0;
  let factCount = 0;
  const write = async (batch: { entity: { authorityId: string; providerId?: string; fosterFamilyId?: string; modelId: string; modelVersion: string; title: string }; history: ScaleInspection[] }[]) => {
    await services.db.transaction(async (tx) => {
      const values = batch.flatMap(({ entity, history }) => history.map((h) => ({
        id: randomUUID(), authorityId: entity.authorityId, providerId: entity.providerId ?? null, fosterFamilyId: entity.fosterFamilyId ?? null, phase: h.phase, modelId: entity.modelId,
        modelVersion: entity.modelVersion, status: 'completed' as const, risk: 'green' as const, title: `${h.phase === 'approval' ? 'Godkendelse' : 'Driftsorienteret tilsyn'} ${h.year} – ${entity.title}`,
        createdAt: new Date(`${h.date}T08:00:00Z`), updatedAt: new Date(`${h.date}T15:00:00Z`), key: h.key,
      })));
      for (let i = 0; i < values.length; i += 1000) await tx.insert(inspections).values(values.slice(i, i + 1000).map(({ key: _key, ...v }) => v));
      const idOf = new Map(values.map((v) => [v.key, v.id]));
      const facts = batch.flatMap(({ history }) => history.flatMap((h) => h.facts.map((f) => ({ ...f, inspectionId: idOf.get(h.key) ?? null }))));
      factCount += await insertFacts(tx, facts);
      inspectionCount += values.length;
    });
  };

  const providerList = scaleProviders(fraction);
  for (let i = 0; i < providerList.length; i += ENTITIES_PER_TRANSACTION) {
    const chunk = providerList.slice(i, i + ENTITIES_PER_TRANSACTION);
    const rows = await services.db.insert(providers).values(chunk.map((p) => ({ authorityId: p.authorityId, name: p.name, municipality: p.municipality, legalBases: p.legalBases, ownership: p.ownership, places: 12 }))).returning({ id: providers.id });
    const batch = [];
    for (const [n, p] of chunk.entries()) {
      const providerId = rows[n]!.id;
      const deps = p.departments.length > 0 ? await services.db.insert(departments).values(p.departments.map((name) => ({ providerId, name, places: 6 }))).returning({ id: departments.id }) : [];
      batch.push({ entity: { authorityId: p.authorityId, providerId, modelId: scored.id, modelVersion: scored.version, title: p.name }, history: providerHistory(p, scored, providerId, deps.map((d) => d.id), inspectorOf(p.authorityId)) });
    }
    await write(batch);
    progress(`tilbud ${Math.min(i + ENTITIES_PER_TRANSACTION, providerList.length)} af ${providerList.length}: ${inspectionCount} tilsyn, ${factCount} fakta`);
  }

  const familyList = scaleFamilies(fraction);
  for (let i = 0; i < familyList.length; i += ENTITIES_PER_TRANSACTION) {
    const chunk = familyList.slice(i, i + ENTITIES_PER_TRANSACTION);
    const rows = await services.db.insert(fosterFamilies).values(chunk.map((f) => ({ authorityId: f.authorityId, name: f.name, municipality: f.municipality, typology: f.typology, approvedOn: `${f.approvedYear}-03-01`, childrenInCare: 1 }))).returning({ id: fosterFamilies.id });
    await write(chunk.map((f, n) => ({ entity: { authorityId: f.authorityId, fosterFamilyId: rows[n]!.id, modelId: family.id, modelVersion: family.version, title: f.name }, history: familyHistory(f, family, rows[n]!.id, inspectorOf(f.authorityId)) })));
    progress(`plejefamilier ${Math.min(i + ENTITIES_PER_TRANSACTION, familyList.length)} af ${familyList.length}: ${inspectionCount} tilsyn, ${factCount} fakta`);
  }
  return { inspections: inspectionCount, facts: factCount };
}
