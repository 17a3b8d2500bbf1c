// Issue 12: the lead inspector, co-inspectors and planned period of an inspection (assigned by the
// authority's manager or inspectors, only from the authority's active inspectors), and the start
// pages' work lists that follow from them, on the demo data.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { and, eq, isNull } from 'drizzle-orm';
import { createTestServices, type TestServices } from '../support/test-services.ts';
import { refusedWith } from '../support/refused-with.ts';
import { demoActor } from '../support/demo-actor.ts';
import { inspections, reports } from '../../src/storage/schema.ts';
import { listHearingDrafts } from '../../src/services/reports/list-hearing-drafts.ts';
import { assignInspectors } from '../../src/services/inspections/assign-inspectors.ts';
import { getStartPage } from '../../src/services/home/get-start-page.ts';
import { getInspection } from '../../src/services/inspections/get-inspection.ts';
import type { Actor } from '../../src/services/actor.ts';

let t: TestServices;
before(async () => {
  t = await createTestServices({ demo: true });
});
after(() => t.close());

const section = async (actor: Actor, key: string) => (await getStartPage(t.services, actor)).sections.find((s) => s.key === key)!;

test('a manager assigns a planned inspection; it leaves "without a lead" and joins the inspectors\' own lists', async () => {
  const manager = await demoActor(t.services, 'leder-nord');
  const lead = await demoActor(t.services, 'inspektoer-nord');
  const colleague = await demoActor(t.services, 'inspektoer2-nord');
  const before = await section(manager, 'without_lead');
  assert.ok(before.count > 0, 'the demo\'s planned inspections wait for a lead');
  assert.ok((await section(lead, 'my_inspections')).count > 0, 'the inspections under way are the first inspector\'s');
  const [planned] = await t.services.db.select().from(inspections).where(and(eq(inspections.authorityId, 'nord'), eq(inspections.status, 'planned'), isNull(inspections.leadInspectorId))).limit(1);
  const inspectionId = planned!.id;
  const other = await demoActor(t.services, 'inspektoer-syd');
  await refusedWith(assignInspectors(t.services, manager, { inspectionId, leadInspectorId: other.id, expectedVersion: planned!.version }), 'invalid', 'leadInspectorId');
  await refusedWith(assignInspectors(t.services, manager, { inspectionId, coInspectorIds: [colleague.id], expectedVersion: planned!.version }), 'invalid', 'leadInspectorId');
  await refusedWith(assignInspectors(t.services, manager, { inspectionId, leadInspectorId: lead.id, plannedFrom: '2027-02-10', plannedTo: '2027-02-01', expectedVersion: planned!.version }), 'invalid', 'plannedTo');
  await refusedWith(assignInspectors(t.services, await demoActor(t.services, 'leder-syd'), { inspectionId, leadInspectorId: lead.id, expectedVersion: planned!.version }), 'forbidden');
  await assignInspectors(t.services, manager, { inspectionId, leadInspectorId: lead.id, coInspectorIds: [colleague.id, lead.id], plannedFrom: '2027-02-01', plannedTo: '2027-02-10', expectedVersion: planned!.version });
  await refusedWith(assignInspectors(t.services, manager, { inspectionId, leadInspectorId: lead.id, expectedVersion: planned!.version }), 'conflict');

  const detail = await getInspection(t.services, manager, { inspectionId });
  assert.deepEqual([detail.assignment.lead?.id, detail.assignment.coInspectors.map((p) => p.id), detail.assignment.plannedFrom, detail.assignment.plannedTo], [lead.id, [colleague.id], '2027-02-01', '2027-02-10']);
  assert.equal((await section(manager, 'without_lead')).count, before.count - 1);
  const colleagues = await section(colleague, 'my_inspections');
  assert.ok(colleagues.rows.some((r) => r.href === `/inspections/${inspectionId}`), 'a co-inspector sees it too');
});

test('each role\'s start page holds its own sections', async () => {
  const keys = async (username: string) => (await getStartPage(t.services, await demoActor(t.services, username))).sections.map((s) => s.key);
  assert.deepEqual(await keys('inspektoer-nord'), ['my_inspections', 'visits_this_week', 'reports_returned', 'hearings_over', 'follow_ups', 'calibration_to_answer', 'review_feedback']);
  assert.deepEqual(await keys('leder-nord'), ['reviews_waiting', 'without_lead', 'annual_due', 'decision_deadlines', 'hearings_past_deadline']);
  assert.deepEqual(await keys('tilbud-demo'), ['hearings_to_answer', 'new_reports']);
  assert.deepEqual(await keys('kommune-demo'), ['new_conclusions']);
  assert.deepEqual((await getStartPage(t.services, await demoActor(t.services, 'revisor'))).links, ['analytics']);
  assert.deepEqual((await getStartPage(t.services, await demoActor(t.services, 'admin'))).links, ['users'], 'only where the operator may go (analytics is not theirs)');
  for (const s of (await getStartPage(t.services, await demoActor(t.services, 'leder-nord'))).sections) assert.ok(s.rows.length <= 10 && s.count >= s.rows.length, s.key);
});

test('an inspector\'s start page: the demo\'s open calibration round to answer, and the quality review\'s new feedback', async () => {
  const page = async (username: string) => getStartPage(t.services, await demoActor(t.services, username));
  const rounds = (await page('inspektoer-syd')).sections.find((s) => s.key === 'calibration_to_answer')!;
  assert.equal(rounds.count, 1, 'invited to the open round, not yet answered');
  assert.match(rounds.rows[0]!.href, /^\/consistency\/calibration\/[0-9a-f-]{36}$/);
  const feedback = await Promise.all(['inspektoer-nord', 'inspektoer2-nord'].map(async (u) => (await page(u)).sections.find((s) => s.key === 'review_feedback')!.count));
  assert.equal(feedback[0]! + feedback[1]!, 1, 'the demo\'s one review reaches the one inspector who wrote the report');
});

test('a hearing deadline on Christmas Eve runs to the next working day: not past on Monday 28 December, past on the Tuesday', async () => {
  const manager = await demoActor(t.services, 'leder-nord');
  const [inHearing] = await t.services.db.select({ id: reports.id, inspectionId: reports.inspectionId }).from(reports).innerJoin(inspections, eq(inspections.id, reports.inspectionId))
    .where(eq(inspections.authorityId, 'nord')).limit(1);
  assert.ok(inHearing, 'the demo has a report of Nord to put in hearing');
  await t.services.db.update(reports).set({ status: 'hearing', hearingDeadline: '2026-12-24', hearingAnswer: null }).where(eq(reports.id, inHearing.id));
  const on = (day: string) => ({ ...t.services, now: () => new Date(`${day}T10:00:00Z`) });
  const listed = async (day: string) => (await getStartPage(on(day), manager)).sections.find((s) => s.key === 'hearings_past_deadline')!.rows.some((r) => r.href.includes(inHearing.inspectionId));
  assert.equal(await listed('2026-12-28'), false);
  assert.equal(await listed('2026-12-29'), true);
  const provider = (await listHearingDrafts(on('2026-12-28'), manager)).items.find((d) => d.inspectionId === inHearing.inspectionId)!;
  assert.equal(provider.expired, false, 'the hearings list agrees');
  assert.equal((await listHearingDrafts(on('2026-12-29'), manager)).items.find((d) => d.inspectionId === inHearing.inspectionId)!.expired, true);
});
