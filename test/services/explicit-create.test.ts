// The use cases that start a report or an assessment (an explicit POST; reading never creates
// them), and the report page's start view: allowed and refused per role.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { eq } from 'drizzle-orm';
import { assessments, inspections, providers, reports } from '../../src/storage/schema.ts';
import { createReport } from '../../src/services/reports/create-report.ts';
import { getReportStart } from '../../src/services/reports/get-report-start.ts';
import { createAssessment } from '../../src/services/assessments/create-assessment.ts';
import { ServiceError } from '../../src/services/service-error.ts';
import type { Actor } from '../../src/services/actor.ts';
import type { ServiceContext } from '../../src/services/context.ts';
import { makeActor, makeActors, seedAuthorities } from '../support/fixtures.ts';
import { createTestServices, type TestServices } from '../support/test-services.ts';

let t: TestServices;
let ctx: ServiceContext;
let actors: Awaited<ReturnType<typeof makeActors>>;
let providerUser: Actor;
let providerId = '';

before(async () => {
  t = await createTestServices();
  ctx = t.services;
  await seedAuthorities(ctx);
  actors = await makeActors(ctx);
  const [p] = await ctx.db.insert(providers).values({ authorityId: 'nord', name: 'Bostedet Engly', municipality: 'Aalborg', legalBases: ['sel-107'] }).returning();
  providerId = p!.id;
  providerUser = await makeActor(ctx, 'provider', { providerId });
});
after(() => t?.close());

async function inspection(): Promise<string> {
  const [row] = await ctx.db
    .insert(inspections)
    .values({ authorityId: 'nord', providerId, phase: 'operation', modelId: 'tilbud', modelVersion: '1.0.0', status: 'in_progress', title: 'Tilsyn 2026 – Bostedet Engly' })
    .returning();
  return row!.id;
}

const refused = (p: Promise<unknown>, who: string) =>
  assert.rejects(p, (e: unknown) => e instanceof ServiceError && e.code === 'forbidden', `${who} is refused`);

const outsiders = () => [
  ['an inspector of another authority', actors.inspectorSyd],
  ['the auditor', actors.auditor],
  ['a municipality', actors.municipality],
  ['the provider user', providerUser],
  ['the operator', actors.admin],
] as const;

test('create a report: inspectors and managers of the authority; nobody else, and nothing is written for them', async () => {
  const id = await inspection();
  for (const [who, actor] of outsiders()) await refused(createReport(ctx, actor, { inspectionId: id }), who);
  assert.equal((await ctx.db.select().from(reports).where(eq(reports.inspectionId, id))).length, 0);
  assert.equal((await createReport(ctx, actors.inspectorNord, { inspectionId: id })).created, true);
  assert.equal((await createReport(ctx, actors.managerNord, { inspectionId: id })).created, false, 'the manager finds the one draft');
});

test('the report start view: readers of the inspection see it, only writers may start the draft', async () => {
  const id = await inspection();
  assert.equal((await getReportStart(ctx, actors.inspectorNord, { inspectionId: id })).canCreate, true);
  assert.equal((await getReportStart(ctx, actors.managerNord, { inspectionId: id })).canCreate, true);
  assert.equal((await getReportStart(ctx, actors.auditor, { inspectionId: id })).canCreate, false, 'the auditor reads only');
  for (const [who, actor] of outsiders().filter(([, a]) => a !== actors.auditor)) await refused(getReportStart(ctx, actor, { inspectionId: id }), who);
  await createReport(ctx, actors.inspectorNord, { inspectionId: id });
  const after = await getReportStart(ctx, actors.inspectorNord, { inspectionId: id });
  assert.deepEqual([after.exists, after.canCreate], [true, false], 'once it exists there is nothing to start');
});

test('create an assessment: inspectors and managers of the authority; nobody else, and nothing is written for them', async () => {
  const id = await inspection();
  for (const [who, actor] of outsiders()) await refused(createAssessment(ctx, actor, { inspectionId: id }), who);
  assert.equal((await ctx.db.select().from(assessments).where(eq(assessments.inspectionId, id))).length, 0);
  const view = await createAssessment(ctx, actors.managerNord, { inspectionId: id });
  assert.equal(view.assessment.version, 1);
  assert.equal((await createAssessment(ctx, actors.inspectorNord, { inspectionId: id })).assessment.id, view.assessment.id, 'one row');
});
