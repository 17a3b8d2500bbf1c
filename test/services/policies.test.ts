// The access table written out by hand, independently of src/services/policies: for every role,
// every entity and ability, in the actor's own and in another organisation, whether it is allowed.
// Then every list service against the demo data: it returns exactly the rows the table allows.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { eq } from 'drizzle-orm';
import type { Actor, Role } from '../../src/services/actor.ts';
import { analyticsAbilities, inspectionAbilities, registerAbilities, reportAbilities } from '../../src/services/policies/abilities.ts';
import { listProviders } from '../../src/services/register/list-providers.ts';
import { listFosterFamilies } from '../../src/services/register/list-foster-families.ts';
import { listInspections } from '../../src/services/inspections/list-inspections.ts';
import { listFinalReports } from '../../src/services/reports/list-final-reports.ts';
import { listHearingDrafts } from '../../src/services/reports/list-hearing-drafts.ts';
import { toActor } from '../../src/services/auth/sessions.ts';
import { ServiceError } from '../../src/services/service-error.ts';
import { fosterFamilies, inspections, providers, reportDispatches, reports, reportVersions, users } from '../../src/storage/schema.ts';
import { createTestServices, type TestServices } from '../support/test-services.ts';

type Who = 'inspector' | 'manager' | 'auditor' | 'municipality' | 'providerUser' | 'familyUser' | 'admin';
const ROLE: Record<Who, Role> = { inspector: 'inspector', manager: 'manager', auditor: 'auditor', municipality: 'municipality', providerUser: 'provider', familyUser: 'provider', admin: 'admin' };
const actor = (who: Who): Actor => ({
  id: who, username: who, displayName: who, role: ROLE[who],
  authorityId: who === 'inspector' || who === 'manager' ? 'nord' : null,
  providerId: who === 'providerUser' ? 'p-own' : null,
  fosterFamilyId: who === 'familyUser' ? 'f-own' : null,
  regionId: null,
});

// own: the actor's authority (staff) or the actor's own provider / foster family (party).
const ownProvider = { authorityId: 'nord', providerId: 'p-own' };
const otherProvider = { authorityId: 'syd', providerId: 'p-other' };
const ownFamily = { authorityId: 'nord', fosterFamilyId: 'f-own' };
const otherFamily = { authorityId: 'syd', fosterFamilyId: 'f-other' };

// [provider record: own, other], [foster-family record: own, other]
type Row = [[boolean, boolean], [boolean, boolean]];
const T: Row = [[true, true], [true, true]];
const F: Row = [[false, false], [false, false]];
const OWN: Row = [[true, false], [true, false]];
const OWN_PROVIDER: Row = [[true, false], [false, false]];
const OWN_FAMILY: Row = [[false, false], [true, false]];

const TABLE: Record<Who, Record<string, Row>> = {
  inspector: { 'register.read': OWN, 'register.write': OWN, 'inspection.read': OWN, 'inspection.write': OWN, 'inspection.decide': F, 'inspection.readAudit': F, 'report.write': OWN, 'report.review': OWN, 'report.answerHearing': F, 'report.readHearingDraft': OWN, 'report.readFinal': OWN, 'report.readUnsent': OWN },
  manager: { 'register.read': OWN, 'register.write': OWN, 'inspection.read': OWN, 'inspection.write': OWN, 'inspection.decide': OWN, 'inspection.readAudit': OWN, 'report.write': OWN, 'report.review': OWN, 'report.answerHearing': F, 'report.readHearingDraft': OWN, 'report.readFinal': OWN, 'report.readUnsent': OWN },
  auditor: { 'register.read': T, 'register.write': F, 'inspection.read': T, 'inspection.write': F, 'inspection.decide': F, 'inspection.readAudit': T, 'report.write': F, 'report.review': F, 'report.answerHearing': F, 'report.readHearingDraft': T, 'report.readFinal': T, 'report.readUnsent': T },
  municipality: { 'register.read': T, 'register.write': F, 'inspection.read': F, 'inspection.write': F, 'inspection.decide': F, 'inspection.readAudit': F, 'report.write': F, 'report.review': F, 'report.answerHearing': F, 'report.readHearingDraft': F, 'report.readFinal': F, 'report.readUnsent': F },
  providerUser: { 'register.read': OWN_PROVIDER, 'register.write': F, 'inspection.read': F, 'inspection.write': F, 'inspection.decide': F, 'inspection.readAudit': F, 'report.write': F, 'report.review': F, 'report.answerHearing': OWN_PROVIDER, 'report.readHearingDraft': OWN_PROVIDER, 'report.readFinal': OWN_PROVIDER, 'report.readUnsent': F },
  familyUser: { 'register.read': OWN_FAMILY, 'register.write': F, 'inspection.read': F, 'inspection.write': F, 'inspection.decide': F, 'inspection.readAudit': F, 'report.write': F, 'report.review': F, 'report.answerHearing': OWN_FAMILY, 'report.readHearingDraft': OWN_FAMILY, 'report.readFinal': OWN_FAMILY, 'report.readUnsent': F },
  admin: { 'register.read': T, 'register.write': T, 'inspection.read': F, 'inspection.write': F, 'inspection.decide': F, 'inspection.readAudit': F, 'report.write': F, 'report.review': F, 'report.answerHearing': F, 'report.readHearingDraft': F, 'report.readFinal': F, 'report.readUnsent': F },
};

function ability(a: Actor, key: string, record: { authorityId: string; providerId?: string; fosterFamilyId?: string }): boolean {
  const [entity, name] = key.split('.') as [string, string];
  const abilities: Record<string, boolean> =
    entity === 'register' ? registerAbilities(a, record) : entity === 'inspection' ? inspectionAbilities(a, record) : reportAbilities(a, record);
  assert.ok(name in abilities, `${key} is an ability`);
  return abilities[name]!;
}

for (const [who, row] of Object.entries(TABLE) as [Who, Record<string, Row>][]) {
  test(`the access table: ${who}`, () => {
    for (const [key, [[ownP, otherP], [ownF, otherF]]] of Object.entries(row)) {
      assert.equal(ability(actor(who), key, ownProvider), ownP, `${who} ${key} on an own provider`);
      assert.equal(ability(actor(who), key, otherProvider), otherP, `${who} ${key} on another authority's provider`);
      assert.equal(ability(actor(who), key, ownFamily), ownF, `${who} ${key} on an own foster family`);
      assert.equal(ability(actor(who), key, otherFamily), otherF, `${who} ${key} on another authority's foster family`);
    }
  });
}

// ---- list scopes on the demo data ---------------------------------------------------------------

let t: TestServices;
const demo: Partial<Record<string, Actor>> = {};
before(async () => {
  t = await createTestServices({ demo: true });
  for (const u of await t.services.db.select().from(users)) demo[u.username] = toActor(u);
});
after(() => t?.close());

const ids = (rows: { id: string }[]) => rows.map((r) => r.id).sort();
const USERS = ['inspektoer-nord', 'leder-syd', 'revisor', 'kommune-demo', 'tilbud-demo', 'plejefamilie-demo', 'admin'] as const;
const user = (name: string) => {
  const a = demo[name];
  assert.ok(a, `the demo has the user ${name}`);
  return a;
};

/** The expected rows by the table above: all, an authority's, an own entity's, or none. */
function expected<T extends { authorityId: string }>(a: Actor, rows: T[], own: (r: T) => boolean, staffAndAuditor: 'all' | 'staff-only'): T[] {
  switch (a.role) {
    case 'auditor':
      return rows;
    case 'inspector':
    case 'manager':
      return rows.filter((r) => r.authorityId === a.authorityId);
    case 'provider':
      return rows.filter(own);
    default:
      return staffAndAuditor === 'all' ? rows : [];
  }
}

// Analytics (issue 10), by hand: [read, detail authorities, inspectors named of, local rules own/other, assessment texts own/other, annual own/other, rebuild, import].
type AnalyticsRow = [boolean, string[] | null, string | null, [boolean, boolean], [boolean, boolean], [boolean, boolean], boolean, boolean];
const ANALYTICS: Record<Who, AnalyticsRow> = {
  inspector: [false, [], null, [false, false], [true, false], [false, false], false, false],
  manager: [true, ['nord'], 'nord', [true, false], [true, false], [true, false], false, false],
  auditor: [true, null, null, [true, true], [true, true], [true, true], false, false],
  municipality: [false, [], null, [false, false], [false, false], [false, false], false, false],
  providerUser: [false, [], null, [false, false], [false, false], [false, false], false, false],
  familyUser: [false, [], null, [false, false], [false, false], [false, false], false, false],
  admin: [false, [], null, [false, false], [false, false], [true, true], true, true],
};

test('analytics abilities for every role, written out by hand', () => {
  for (const [who, [read, detail, named, rules, texts, annual, rebuild, imports]] of Object.entries(ANALYTICS) as [Who, AnalyticsRow][]) {
    const a = analyticsAbilities(actor(who));
    assert.equal(a.read, read, `${who} read`);
    assert.deepEqual(a.detailAuthorities, detail, `${who} detail`);
    assert.equal(a.inspectorNamesOf, named, `${who} inspectors named`);
    assert.deepEqual([a.editLocalRulesOf('nord'), a.editLocalRulesOf('syd')], rules, `${who} local rules`);
    assert.deepEqual([a.readAssessmentTextsOf('nord'), a.readAssessmentTextsOf('syd')], texts, `${who} assessment texts`);
    assert.deepEqual([a.annualOf('nord'), a.annualOf('syd')], annual, `${who} annual figures`);
    assert.equal(a.rebuild, rebuild, `${who} rebuild`);
    assert.equal(a.import, imports, `${who} import`);
  }
});

test('each list returns exactly the rows its scope allows, for every kind of user', async () => {
  const db = t.services.db;
  const allProviders = await db.select().from(providers);
  const allFamilies = await db.select().from(fosterFamilies);
  const allInspections = await db.select().from(inspections);
  const finals = await db
    .select({ id: reportVersions.id, authorityId: inspections.authorityId, providerId: inspections.providerId, fosterFamilyId: inspections.fosterFamilyId, sent: reportDispatches.id })
    .from(reportVersions).innerJoin(reports, eq(reports.id, reportVersions.reportId)).innerJoin(inspections, eq(inspections.id, reports.inspectionId))
    .leftJoin(reportDispatches, eq(reportDispatches.versionId, reportVersions.id));
  const hearings = await db
    .select({ id: inspections.id, authorityId: inspections.authorityId, providerId: inspections.providerId, fosterFamilyId: inspections.fosterFamilyId })
    .from(reports).innerJoin(inspections, eq(inspections.id, reports.inspectionId)).where(eq(reports.status, 'hearing'));
  assert.ok(finals.some((f) => f.sent !== null), 'the demo has sent final versions');
  assert.ok(hearings.length > 0, 'the demo has a report in hearing');
  const asFinal = (rows: typeof finals) => rows.map((r) => ({ id: r.id }));

  for (const name of USERS) {
    const a = user(name);
    const isProvider = (r: { providerId?: string | null; id?: string }, id: string | null) => id !== null && r.providerId === id;
    const ownProviderRow = (p: { id: string }) => p.id === a.providerId;
    const ownFamilyRow = (f: { id: string }) => f.id === a.fosterFamilyId;
    const ownCase = (r: { providerId: string | null; fosterFamilyId: string | null }) =>
      isProvider(r, a.providerId) || (a.fosterFamilyId !== null && r.fosterFamilyId === a.fosterFamilyId);

    assert.deepEqual(ids(await everyPage((page) => listProviders(t.services, a, { page }))), ids(expected(a, allProviders, ownProviderRow, 'all')), `${name}: providers`);
    assert.deepEqual(ids(await everyPage((page) => listFosterFamilies(t.services, a, { page }))), ids(expected(a, allFamilies, ownFamilyRow, 'all')), `${name}: foster families`);
    assert.deepEqual(ids(await everyPage((page) => listInspections(t.services, a, { page }))), ids(expected(a, allInspections, () => false, 'staff-only')), `${name}: inspections`);

    const party = a.role === 'provider';
    if (a.role === 'municipality' || a.role === 'admin') {
      await assert.rejects(listFinalReports(t.services, a), (e: unknown) => e instanceof ServiceError && e.code === 'forbidden', `${name}: final reports are refused`);
      await assert.rejects(listHearingDrafts(t.services, a), (e: unknown) => e instanceof ServiceError && e.code === 'forbidden', `${name}: hearings are refused`);
      continue;
    }
    const finalExpected = expected(a, finals, ownCase, 'staff-only').filter((f) => !party || f.sent !== null);
    assert.deepEqual((await listFinalReports(t.services, a)).map((r) => r.versionId).sort(), ids(asFinal(finalExpected)), `${name}: final reports`);
    assert.deepEqual((await listHearingDrafts(t.services, a)).items.map((r) => r.inspectionId).sort(), ids(expected(a, hearings, ownCase, 'staff-only')), `${name}: hearings`);
  }
});

/** Every row of a paged list, page by page. */
async function everyPage<T>(list: (page: number) => Promise<{ items: T[]; pageCount: number }>): Promise<T[]> {
  const first = await list(1);
  const rest = await Promise.all(Array.from({ length: first.pageCount - 1 }, (_, n) => list(n + 2)));
  return [first, ...rest].flatMap((p) => p.items);
}
