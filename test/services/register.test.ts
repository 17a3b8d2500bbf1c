// The register use cases, role by role: who may read and write providers, departments and
// foster families in their own and another authority; validation with field names; and that a
// refused or invalid write stores nothing (no row, no audit entry).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { and, count, eq } from 'drizzle-orm';
import { createTestServices, type TestServices } from '../support/test-services.ts';
import { makeActor, makeActors, seedAuthorities } from '../support/fixtures.ts';
import type { Actor } from '../../src/services/actor.ts';
import type { ServiceContext } from '../../src/services/context.ts';
import { ServiceError, type ServiceErrorCode } from '../../src/services/service-error.ts';
import { auditLog, departments, fosterFamilies, providers } from '../../src/storage/schema.ts';
import { createProvider, type CreateProviderOptions } from '../../src/services/register/create-provider.ts';
import { getProvider, type Provider } from '../../src/services/register/get-provider.ts';
import { listProviders } from '../../src/services/register/list-providers.ts';
import { updateProvider } from '../../src/services/register/update-provider.ts';
import { addDepartment } from '../../src/services/register/add-department.ts';
import { createFosterFamily, type CreateFosterFamilyOptions } from '../../src/services/register/create-foster-family.ts';
import { getFosterFamily, type FosterFamily } from '../../src/services/register/get-foster-family.ts';
import { listFosterFamilies } from '../../src/services/register/list-foster-families.ts';
import { updateFosterFamily } from '../../src/services/register/update-foster-family.ts';

let t: TestServices;
let s: ServiceContext;
let a: Awaited<ReturnType<typeof makeActors>>;
/** A provider user of `pNord`, and a foster-family user of `fNord` (both role `provider`). */
let providerUser: Actor;
let familyUser: Actor;
let pNord: Provider;
let pSyd: Provider;
let fNord: FosterFamily;
let fSyd: FosterFamily;

const provider = (extra: Partial<CreateProviderOptions> = {}): CreateProviderOptions => ({
  name: 'Opholdsstedet Engly',
  municipality: 'Aalborg',
  ownership: 'privat',
  legalBases: ['sel-66-1-5'],
  flags: [],
  targetGroups: ['Børn og unge med angst'],
  methods: ['Miljøterapi'],
  places: 8,
  ...extra,
});

const family = (extra: Partial<CreateFosterFamilyOptions> = {}): CreateFosterFamilyOptions => ({
  name: 'Familien Jensen',
  municipality: 'Hjørring',
  typology: 'almindelig',
  approvedOn: '2022-05-01',
  childrenInCare: 1,
  ...extra,
});

before(async () => {
  t = await createTestServices();
  s = t.services;
  await seedAuthorities(s);
  a = await makeActors(s);
  pNord = await createProvider(s, a.inspectorNord, provider({ name: 'Bostedet Nordlys' }));
  pSyd = await createProvider(s, a.inspectorSyd, provider({ name: 'Bostedet Sydhavn', municipality: 'Odense' }));
  fNord = await createFosterFamily(s, a.inspectorNord, family({ name: 'Familien Nordby' }));
  fSyd = await createFosterFamily(s, a.inspectorSyd, family({ name: 'Familien Sydgaard', municipality: 'Vejle' }));
  providerUser = await makeActor(s, 'provider', { providerId: pNord.id });
  familyUser = await makeActor(s, 'provider', { fosterFamilyId: fNord.id });
});
after(() => t.close());

/** Asserts a ServiceError with the code and (for `invalid`) exactly these field names. */
async function refused(promise: Promise<unknown>, code: ServiceErrorCode, fields?: string[]): Promise<ServiceError> {
  let caught: unknown;
  try {
    await promise;
  } catch (e) {
    caught = e;
  }
  assert.ok(caught instanceof ServiceError, `expected a ServiceError ${code}, got ${String(caught)}`);
  assert.equal(caught.code, code, caught.message);
  if (fields) assert.deepEqual(caught.fields.map((f) => f.field).sort(), [...fields].sort(), JSON.stringify(caught.fields));
  for (const f of caught.fields) assert.match(f.message, /[a-zæøå]/i, 'every field issue has a message');
  return caught;
}

/** Everything a register write could leave behind. */
async function stored() {
  const n = async (table: typeof providers | typeof departments | typeof fosterFamilies | typeof auditLog) =>
    (await s.db.select({ n: count() }).from(table))[0]!.n;
  return { providers: await n(providers), departments: await n(departments), fosterFamilies: await n(fosterFamilies), audit: await n(auditLog) };
}

/** Runs a write that must fail, and asserts that it changed nothing. */
async function refusedAndNothingStored(write: () => Promise<unknown>, code: ServiceErrorCode, fields?: string[]) {
  const before = await stored();
  const providerRows = await s.db.select().from(providers);
  const familyRows = await s.db.select().from(fosterFamilies);
  const error = await refused(write(), code, fields);
  assert.deepEqual(await stored(), before, 'nothing stored');
  assert.deepEqual(await s.db.select().from(providers), providerRows, 'no provider changed');
  assert.deepEqual(await s.db.select().from(fosterFamilies), familyRows, 'no foster family changed');
  return error;
}

async function auditOf(entityType: string, entityId: string) {
  return s.db.select().from(auditLog).where(and(eq(auditLog.entityType, entityType), eq(auditLog.entityId, entityId))).orderBy(auditLog.id);
}

// ---- create-provider ------------------------------------------------------------------------

test('create provider: inspectors and managers register in their own authority, with an audit entry', async () => {
  for (const actor of [a.inspectorNord, a.managerNord]) {
    const p = await createProvider(s, actor, provider({ name: `Nyt tilbud ${actor.role}` }));
    assert.equal(p.authorityId, 'nord');
    const [entry, ...more] = await auditOf('provider', p.id);
    assert.equal(more.length, 0);
    assert.equal(entry!.action, 'provider.create');
    assert.equal(entry!.actorId, actor.id);
    assert.equal(entry!.before, null);
    assert.equal((entry!.after as { name: string }).name, `Nyt tilbud ${actor.role}`);
  }
  const own = await createProvider(s, a.managerSyd, provider({ authorityId: 'syd' }));
  assert.equal(own.authorityId, 'syd');
});

test('create provider: input is normalised (places from form text, legal bases in code order, no duplicates)', async () => {
  const p = await createProvider(s, a.inspectorNord, provider({
    name: '  Botilbuddet Kilden ',
    legalBases: ['sel-108', 'sel-66-1-5', 'sel-108'],
    flags: ['bestyrelse', 'aflastning'],
    targetGroups: [' Voksne med udviklingshæmning ', 'Voksne med udviklingshæmning'],
    places: '12',
  }));
  assert.equal(p.name, 'Botilbuddet Kilden');
  assert.deepEqual(p.legalBases, ['sel-66-1-5', 'sel-108']);
  assert.deepEqual(p.flags, ['aflastning', 'bestyrelse']);
  assert.deepEqual(p.targetGroups, ['Voksne med udviklingshæmning']);
  assert.equal(p.places, 12);
});

test('create provider: staff cannot register in another authority', async () => {
  await refusedAndNothingStored(() => createProvider(s, a.inspectorNord, provider({ authorityId: 'syd' })), 'forbidden');
  await refusedAndNothingStored(() => createProvider(s, a.managerSyd, provider({ authorityId: 'nord' })), 'forbidden');
});

test('create provider: auditor, municipality and provider users cannot write', async () => {
  for (const actor of [a.auditor, a.municipality, providerUser, familyUser]) {
    await refusedAndNothingStored(() => createProvider(s, actor, provider()), 'forbidden');
    await refusedAndNothingStored(() => createProvider(s, actor, provider({ authorityId: 'nord' })), 'forbidden');
  }
});

test('create provider: an administrator must name an existing authority', async () => {
  const p = await createProvider(s, a.admin, provider({ authorityId: 'hovedstaden', name: 'Krisecentret Havn' }));
  assert.equal(p.authorityId, 'hovedstaden');
  const missing = await refusedAndNothingStored(() => createProvider(s, a.admin, provider()), 'invalid', ['authorityId']);
  assert.equal(missing.fields[0]!.message, 'Socialtilsyn skal vælges.');
  await refusedAndNothingStored(() => createProvider(s, a.admin, provider({ authorityId: 'atlantis' })), 'invalid', ['authorityId']);
});

test('create provider: invalid input names the fields in Danish and stores nothing', async () => {
  const e = await refusedAndNothingStored(
    () => createProvider(s, a.inspectorNord, { name: '  ', municipality: '', legalBases: [], places: -1 } as unknown as CreateProviderOptions),
    'invalid',
    ['legalBases', 'municipality', 'name', 'ownership', 'places'],
  );
  const byField = Object.fromEntries(e.fields.map((f) => [f.field, f.message]));
  assert.equal(byField.name, 'Navn skal udfyldes.');
  assert.equal(byField.municipality, 'Kommune skal udfyldes.');
  assert.match(byField.legalBases!, /^Lovgrundlag/);
  assert.match(byField.places!, /^Antal pladser/);
  assert.equal(byField.ownership, 'Ejerform skal vælges (kommunal, regional eller privat).');
  await refusedAndNothingStored(() => createProvider(s, a.inspectorNord, provider({ legalBases: ['sel-999' as never] })), 'invalid', ['legalBases']);
  await refusedAndNothingStored(() => createProvider(s, a.inspectorNord, provider({ flags: ['offentlig' as never] })), 'invalid', ['flags']);
  for (const places of ['3.5', 'mange', '', 1.5]) {
    await refusedAndNothingStored(() => createProvider(s, a.inspectorNord, provider({ places })), 'invalid', ['places']);
  }
  await refusedAndNothingStored(() => createProvider(s, a.inspectorNord, provider({ targetGroups: ['ok', ' '] })), 'invalid', ['targetGroups']);
  await refusedAndNothingStored(() => createProvider(s, a.inspectorNord, provider({ name: 'x'.repeat(201) })), 'invalid', ['name']);
  await refusedAndNothingStored(() => createProvider(s, a.inspectorNord, {} as CreateProviderOptions), 'invalid', ['name', 'municipality', 'ownership', 'legalBases', 'places']);
  // Invalid input is reported before access is checked: no hint of what exists.
  await refusedAndNothingStored(() => createProvider(s, a.auditor, provider({ name: '' })), 'invalid', ['name']);
});

// ---- list-providers -------------------------------------------------------------------------

const ids = (rows: { id: string }[]) => rows.map((r) => r.id);

test('list providers: staff see their own authority only', async () => {
  const nord = (await listProviders(s, a.inspectorNord)).items;
  assert.ok(ids(nord).includes(pNord.id), 'own provider listed');
  assert.ok(!ids(nord).includes(pSyd.id), 'other authority not listed');
  assert.ok(nord.every((p) => p.authorityId === 'nord'), 'only nord');
  const syd = (await listProviders(s, a.managerSyd)).items;
  assert.ok(ids(syd).includes(pSyd.id), 'own provider listed');
  assert.ok(syd.every((p) => p.authorityId === 'syd'), 'only syd');
});

test('list providers: auditor, municipality and admin see all authorities', async () => {
  for (const actor of [a.auditor, a.municipality, a.admin]) {
    const rows = (await listProviders(s, actor)).items;
    assert.ok(ids(rows).includes(pNord.id) && ids(rows).includes(pSyd.id), actor.role);
  }
});

test('list providers: a provider user sees only its own provider; a foster-family user none', async () => {
  assert.deepEqual(ids((await listProviders(s, providerUser)).items), [pNord.id]);
  assert.deepEqual((await listProviders(s, familyUser)).items, []);
});

test('list providers: name search is case-insensitive and treats % and _ literally', async () => {
  const hundred = await createProvider(s, a.inspectorNord, provider({ name: '100% Omsorg' }));
  assert.deepEqual(ids((await listProviders(s, a.inspectorNord, { search: 'bostedet NORD' })).items), [pNord.id]);
  assert.deepEqual(ids((await listProviders(s, a.inspectorNord, { search: '%' })).items), [hundred.id]);
  assert.deepEqual((await listProviders(s, a.inspectorNord, { search: '_' })).items, []);
  assert.deepEqual((await listProviders(s, a.inspectorNord, { search: 'Sydhavn' })).items, [], 'search stays within the visible authorities');
  assert.equal(((await listProviders(s, a.inspectorNord, { search: '   ' })).items).length, ((await listProviders(s, a.inspectorNord)).items).length);
  await refused(listProviders(s, a.inspectorNord, { search: 'x'.repeat(201) }), 'invalid', ['search']);
});

// ---- get-provider ---------------------------------------------------------------------------

test('get provider: staff read their own authority, with departments; not another', async () => {
  for (const actor of [a.inspectorNord, a.managerNord]) {
    const p = await getProvider(s, actor, { id: pNord.id });
    assert.equal(p.name, 'Bostedet Nordlys');
    assert.equal(p.authorityName, 'Socialtilsyn Nord');
    assert.ok(Array.isArray(p.departments), 'departments included');
  }
  await refused(getProvider(s, a.inspectorNord, { id: pSyd.id }), 'forbidden');
  await refused(getProvider(s, a.managerSyd, { id: pNord.id }), 'forbidden');
});

test('get provider: auditor, municipality and admin read every authority', async () => {
  for (const actor of [a.auditor, a.municipality, a.admin]) {
    assert.equal((await getProvider(s, actor, { id: pSyd.id })).id, pSyd.id);
    assert.equal((await getProvider(s, actor, { id: pNord.id })).id, pNord.id);
  }
});

test('get provider: a provider user reads only its own provider', async () => {
  assert.equal((await getProvider(s, providerUser, { id: pNord.id })).id, pNord.id);
  await refused(getProvider(s, providerUser, { id: pSyd.id }), 'forbidden');
  await refused(getProvider(s, familyUser, { id: pNord.id }), 'forbidden');
});

test('get provider: unknown or malformed ids are not found', async () => {
  await refused(getProvider(s, a.admin, { id: randomUUID() }), 'not_found');
  await refused(getProvider(s, a.admin, { id: 'abc' }), 'not_found');
});

// ---- update-provider ------------------------------------------------------------------------

test('update provider: staff of its authority and the admin change it, with before and after in the audit log', async () => {
  const p = await createProvider(s, a.inspectorNord, provider({ name: 'Før' }));
  const changed = await updateProvider(s, a.inspectorNord, { id: p.id, name: 'Efter', places: 10 });
  assert.equal(changed.name, 'Efter');
  assert.equal(changed.places, 10);
  assert.equal(changed.municipality, p.municipality, 'fields not given are unchanged');
  assert.deepEqual(changed.legalBases, p.legalBases);
  const entries = await auditOf('provider', p.id);
  const update = entries.find((e) => e.action === 'provider.update')!;
  assert.equal((update.before as { name: string }).name, 'Før');
  assert.equal((update.after as { name: string }).name, 'Efter');
  assert.equal(update.actorId, a.inspectorNord.id);
  assert.equal((await updateProvider(s, a.managerNord, { id: p.id, flags: ['bestyrelse'] })).flags[0], 'bestyrelse');
  assert.equal((await updateProvider(s, a.admin, { id: pSyd.id, places: 9 })).places, 9);
});

test('update provider: another authority, auditor, municipality and provider users are refused; nothing changes', async () => {
  for (const actor of [a.inspectorSyd, a.managerSyd, a.auditor, a.municipality, providerUser, familyUser]) {
    await refusedAndNothingStored(() => updateProvider(s, actor, { id: pNord.id, name: 'Kapret' }), 'forbidden');
  }
  await refusedAndNothingStored(() => updateProvider(s, a.inspectorNord, { id: pSyd.id, name: 'Kapret' }), 'forbidden');
});

test('update provider: invalid input names the fields and changes nothing; unknown id is not found', async () => {
  await refusedAndNothingStored(() => updateProvider(s, a.inspectorNord, { id: pNord.id, name: '', legalBases: [] }), 'invalid', ['name', 'legalBases']);
  await refusedAndNothingStored(() => updateProvider(s, a.inspectorNord, { id: pNord.id, places: 'ti' }), 'invalid', ['places']);
  await refusedAndNothingStored(() => updateProvider(s, a.inspectorNord, { id: randomUUID(), name: 'X' }), 'not_found');
});

// ---- add-department -------------------------------------------------------------------------

test('add department: staff of its authority and the admin add one, with an audit entry', async () => {
  const d = await addDepartment(s, a.inspectorNord, { providerId: pNord.id, name: 'Afdeling Vest', places: '4' });
  assert.equal(d.places, 4);
  const p = await getProvider(s, a.inspectorNord, { id: pNord.id });
  assert.deepEqual(p.departments.map((x) => x.name), ['Afdeling Vest']);
  const [entry] = await auditOf('department', d.id);
  assert.equal(entry!.action, 'department.create');
  assert.equal(entry!.actorId, a.inspectorNord.id);
  await addDepartment(s, a.managerNord, { providerId: pNord.id, name: 'Afdeling Øst', places: 3 });
  await addDepartment(s, a.admin, { providerId: pSyd.id, name: 'Afdeling Syd', places: 0 });
  assert.deepEqual((await getProvider(s, a.auditor, { id: pNord.id })).departments.map((x) => x.name), ['Afdeling Vest', 'Afdeling Øst']);
});

test('add department: another authority, auditor, municipality and provider users are refused', async () => {
  for (const actor of [a.inspectorSyd, a.managerSyd, a.auditor, a.municipality, providerUser, familyUser]) {
    await refusedAndNothingStored(() => addDepartment(s, actor, { providerId: pNord.id, name: 'Ulovlig', places: 1 }), 'forbidden');
  }
});

test('add department: invalid input names the fields; unknown provider is not found', async () => {
  const e = await refusedAndNothingStored(() => addDepartment(s, a.inspectorNord, { providerId: pNord.id, name: ' ', places: 'x' }), 'invalid', ['name', 'places']);
  assert.equal(e.fields.find((f) => f.field === 'name')!.message, 'Afdelingens navn skal udfyldes.');
  await refusedAndNothingStored(() => addDepartment(s, a.inspectorNord, { providerId: randomUUID(), name: 'X', places: 1 }), 'not_found');
});

// ---- create-foster-family -------------------------------------------------------------------

test('create foster family: staff register in their own authority; 0 children in care is a valid state', async () => {
  for (const actor of [a.inspectorNord, a.managerNord]) {
    const f = await createFosterFamily(s, actor, family({ name: `Familien ${actor.role}`, childrenInCare: 0, approvedOn: '' }));
    assert.equal(f.authorityId, 'nord');
    assert.equal(f.childrenInCare, 0);
    assert.equal(f.approvedOn, null);
    const [entry] = await auditOf('foster_family', f.id);
    assert.equal(entry!.action, 'foster_family.create');
    assert.equal(entry!.actorId, actor.id);
  }
  const f = await createFosterFamily(s, a.inspectorNord, family({ typology: 'specialiseret', childrenInCare: '2', approvedOn: '2020-02-29' }));
  assert.equal(f.childrenInCare, 2);
  assert.equal(f.approvedOn, '2020-02-29');
});

test('create foster family: another authority, auditor, municipality and provider users are refused', async () => {
  await refusedAndNothingStored(() => createFosterFamily(s, a.inspectorNord, family({ authorityId: 'syd' })), 'forbidden');
  await refusedAndNothingStored(() => createFosterFamily(s, a.managerSyd, family({ authorityId: 'midt' })), 'forbidden');
  for (const actor of [a.auditor, a.municipality, providerUser, familyUser]) {
    await refusedAndNothingStored(() => createFosterFamily(s, actor, family({ authorityId: 'nord' })), 'forbidden');
  }
});

test('create foster family: an administrator must name the authority', async () => {
  assert.equal((await createFosterFamily(s, a.admin, family({ authorityId: 'oest' }))).authorityId, 'oest');
  await refusedAndNothingStored(() => createFosterFamily(s, a.admin, family()), 'invalid', ['authorityId']);
});

test('create foster family: invalid input names the fields in Danish and stores nothing', async () => {
  const e = await refusedAndNothingStored(
    () => createFosterFamily(s, a.inspectorNord, { name: '', municipality: '', typology: 'plejehjem' as never, approvedOn: '2023-02-30', childrenInCare: -1 }),
    'invalid',
    ['name', 'municipality', 'typology', 'approvedOn', 'childrenInCare'],
  );
  const byField = Object.fromEntries(e.fields.map((f) => [f.field, f.message]));
  assert.match(byField.typology!, /^Typologi/);
  assert.match(byField.approvedOn!, /^Godkendelsesdato/);
  assert.match(byField.childrenInCare!, /^Antal børn i pleje/);
  const future = await refusedAndNothingStored(() => createFosterFamily(s, a.inspectorNord, family({ approvedOn: '2999-01-01' })), 'invalid', ['approvedOn']);
  assert.equal(future.fields[0]!.message, 'Godkendelsesdato kan ikke ligge i fremtiden.');
  await refusedAndNothingStored(() => createFosterFamily(s, a.inspectorNord, family({ approvedOn: '1. maj 2022' })), 'invalid', ['approvedOn']);
  await refusedAndNothingStored(() => createFosterFamily(s, a.inspectorNord, family({ childrenInCare: '' })), 'invalid', ['childrenInCare']);
  await refusedAndNothingStored(() => createFosterFamily(s, a.inspectorNord, family({ childrenInCare: 1.5 })), 'invalid', ['childrenInCare']);
});

// ---- list-foster-families -------------------------------------------------------------------

test('list foster families: by authority for staff, all for auditor, municipality and admin', async () => {
  const nord = (await listFosterFamilies(s, a.inspectorNord)).items;
  assert.ok(ids(nord).includes(fNord.id) && !ids(nord).includes(fSyd.id), 'own authority only');
  assert.ok(nord.every((f) => f.authorityId === 'nord'), 'only nord');
  const syd = (await listFosterFamilies(s, a.managerSyd)).items;
  assert.ok(ids(syd).includes(fSyd.id) && syd.every((f) => f.authorityId === 'syd'), 'own authority only');
  for (const actor of [a.auditor, a.municipality, a.admin]) {
    const rows = (await listFosterFamilies(s, actor)).items;
    assert.ok(ids(rows).includes(fNord.id) && ids(rows).includes(fSyd.id), actor.role);
  }
});

test('list foster families: a family user sees only its own family; a provider user none', async () => {
  assert.deepEqual(ids((await listFosterFamilies(s, familyUser)).items), [fNord.id]);
  assert.deepEqual((await listFosterFamilies(s, providerUser)).items, []);
});

test('list foster families: name search', async () => {
  assert.deepEqual(ids((await listFosterFamilies(s, a.auditor, { search: 'sydgaard' })).items), [fSyd.id]);
  assert.deepEqual((await listFosterFamilies(s, a.inspectorNord, { search: 'sydgaard' })).items, []);
  await refused(listFosterFamilies(s, a.inspectorNord, { search: 'x'.repeat(201) }), 'invalid', ['search']);
});

// ---- get-foster-family ----------------------------------------------------------------------

test('get foster family: permissions per role', async () => {
  for (const actor of [a.inspectorNord, a.managerNord, a.auditor, a.municipality, a.admin, familyUser]) {
    const f = await getFosterFamily(s, actor, { id: fNord.id });
    assert.equal(f.name, 'Familien Nordby', actor.role);
    assert.equal(f.authorityName, 'Socialtilsyn Nord');
  }
  for (const actor of [a.inspectorSyd, a.managerSyd, providerUser]) await refused(getFosterFamily(s, actor, { id: fNord.id }), 'forbidden');
  await refused(getFosterFamily(s, familyUser, { id: fSyd.id }), 'forbidden');
  await refused(getFosterFamily(s, a.admin, { id: randomUUID() }), 'not_found');
  await refused(getFosterFamily(s, a.admin, { id: 'nope' }), 'not_found');
});

// ---- update-foster-family -------------------------------------------------------------------

test('update foster family: staff of its authority and the admin change it, with an audit entry', async () => {
  const f = await createFosterFamily(s, a.inspectorNord, family({ name: 'Familien Holm', childrenInCare: 2 }));
  const none = await updateFosterFamily(s, a.inspectorNord, { id: f.id, childrenInCare: 0 });
  assert.equal(none.childrenInCare, 0);
  assert.equal(none.typology, 'almindelig', 'fields not given are unchanged');
  const entry = (await auditOf('foster_family', f.id)).find((e) => e.action === 'foster_family.update')!;
  assert.equal((entry.before as { childrenInCare: number }).childrenInCare, 2);
  assert.equal((entry.after as { childrenInCare: number }).childrenInCare, 0);
  assert.equal((await updateFosterFamily(s, a.managerNord, { id: f.id, typology: 'forstaerket' })).typology, 'forstaerket');
  assert.equal((await updateFosterFamily(s, a.managerNord, { id: f.id, approvedOn: null })).approvedOn, null);
  assert.equal((await updateFosterFamily(s, a.admin, { id: fSyd.id, municipality: 'Kolding' })).municipality, 'Kolding');
});

test('update foster family: another authority, auditor, municipality and the family itself are refused', async () => {
  for (const actor of [a.inspectorSyd, a.managerSyd, a.auditor, a.municipality, providerUser, familyUser]) {
    await refusedAndNothingStored(() => updateFosterFamily(s, actor, { id: fNord.id, name: 'Kapret' }), 'forbidden');
  }
});

test('update foster family: invalid input names the fields and changes nothing; unknown id is not found', async () => {
  await refusedAndNothingStored(() => updateFosterFamily(s, a.inspectorNord, { id: fNord.id, typology: 'stor' as never, childrenInCare: -2 }), 'invalid', ['typology', 'childrenInCare']);
  await refusedAndNothingStored(() => updateFosterFamily(s, a.inspectorNord, { id: fNord.id, name: '' }), 'invalid', ['name']);
  await refusedAndNothingStored(() => updateFosterFamily(s, a.inspectorNord, { id: randomUUID(), name: 'X' }), 'not_found');
});

test('aflastning: "anbringelsessteder oprettet efter servicelovens § 66, stk. 1, nr. 5 og 6, der alene er godkendt til at have borgere i aflastning" — only with one of those bases', async () => {
  const e = await refusedAndNothingStored(() => createProvider(s, a.inspectorNord, provider({ legalBases: ['sel-107'], flags: ['aflastning'] })), 'invalid', ['flags']);
  assert.match(e.fields[0]!.message, /gælder kun anbringelsessteder oprettet efter servicelovens § 66, stk\. 1, nr\. 5 og 6/);
  const respite = await createProvider(s, a.inspectorNord, provider({ name: 'Aflastningen Lærken', legalBases: ['sel-66-1-6', 'sel-107'], flags: ['aflastning'] }));
  assert.deepEqual(respite.flags, ['aflastning']);
  // Removing the last § 66 basis later is refused the same way, and nothing changes.
  await assert.rejects(updateProvider(s, a.inspectorNord, { id: respite.id, legalBases: ['sel-107'] }), (err: unknown) => err instanceof ServiceError && err.fields[0]?.field === 'flags');
  assert.deepEqual((await getProvider(s, a.inspectorNord, { id: respite.id })).legalBases, ['sel-66-1-6', 'sel-107']);
});

test('bestyrelse: indicator 8.c "gælder kun for private tilbud med en bestyrelse" — only for private ownership', async () => {
  const e = await refusedAndNothingStored(() => createProvider(s, a.inspectorNord, provider({ ownership: 'kommunal', flags: ['bestyrelse'] })), 'invalid', ['flags']);
  assert.match(e.fields[0]!.message, /gælder kun private tilbud .* ejerformen er kommunal/);
  const board = await createProvider(s, a.inspectorNord, provider({ name: 'Opholdsstedet Bøgen', ownership: 'privat', flags: ['bestyrelse'] }));
  assert.equal(board.ownership, 'privat');
  await assert.rejects(updateProvider(s, a.inspectorNord, { id: board.id, ownership: 'regional' }), (err: unknown) => err instanceof ServiceError && err.fields[0]?.field === 'flags');
});
