// Users (issue 8): an administrator creates users of every role in the organisation the role needs;
// nobody else can; the password rule; the audit log records the creation without the hash; a
// deactivated user cannot log in; a new database has the five authorities and no users.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { and, desc, eq } from 'drizzle-orm';
import { createTestServices, type TestServices } from '../support/test-services.ts';
import { makeActor, makeActors } from '../support/fixtures.ts';
import { auditLog, authorities, providers, users } from '../../src/storage/schema.ts';
import type { Actor } from '../../src/services/actor.ts';
import { COMMAND_LINE_OPERATOR } from '../../src/services/actor.ts';
import type { ServiceContext } from '../../src/services/context.ts';
import { ServiceError, type ServiceErrorCode } from '../../src/services/service-error.ts';
import { createUser, type CreateUserOptions } from '../../src/services/users/create-user.ts';
import { hasUsers } from '../../src/services/users/has-users.ts';
import { listUsers } from '../../src/services/users/list-users.ts';
import { getUser, getUserByUsername } from '../../src/services/users/get-user.ts';
import { updateUser } from '../../src/services/users/update-user.ts';
import { setUserActive } from '../../src/services/users/set-user-active.ts';
import { resetPassword } from '../../src/services/users/reset-password.ts';
import { passwordProblem } from '../../src/services/users/password-rule.ts';
import { login, sessionActor } from '../../src/services/auth/sessions.ts';
import { AUTHORITIES, isDatabaseEmpty } from '../../src/demo/seed-demo.ts';

let t: TestServices;
let s: ServiceContext;
let a: Awaited<ReturnType<typeof makeActors>>;
let providerId: string;
before(async () => {
  t = await createTestServices();
  s = t.services;
});
after(() => t?.close());

const PASSWORD = 'lang-og-hemmelig-kode';
const user = (extra: Partial<CreateUserOptions> = {}): CreateUserOptions => ({ username: 'ny.bruger', displayName: 'Ny Bruger', role: 'auditor', password: PASSWORD, ...extra });

async function refused(write: () => Promise<unknown>, code: ServiceErrorCode, fields?: string[]): Promise<void> {
  const before = await s.db.select().from(users);
  await assert.rejects(write(), (e: unknown) => {
    assert.ok(e instanceof ServiceError, String(e));
    assert.equal(e.code, code, e.message);
    if (fields) assert.deepEqual(e.fields.map((f) => f.field).sort(), [...fields].sort(), JSON.stringify(e.fields));
    return true;
  });
  assert.deepEqual(await s.db.select().from(users), before, 'no user written or changed');
}

test('a new database has the five authorities (migration) and no users, and counts as empty', async () => {
  const rows = await s.db.select().from(authorities);
  assert.deepEqual(rows.map((r) => r.id).sort(), AUTHORITIES.map((r) => r.id).sort());
  assert.equal(rows.find((r) => r.id === 'oest')?.name, 'Socialtilsyn Øst');
  assert.equal(await hasUsers(s), false);
  assert.equal(await isDatabaseEmpty(s), true);
});

test('the operator at the command line creates the first administrator, who can log in; the audit log has it without the hash', async () => {
  const admin = await createUser(s, COMMAND_LINE_OPERATOR, user({ username: 'Anna', displayName: 'Anna Admin', role: 'admin' }));
  assert.equal(admin.username, 'anna', 'usernames are stored in lower case');
  assert.ok(!('passwordHash' in admin), 'the record never carries the hash');
  const session = await login(s, { username: 'anna', password: PASSWORD, clientKey: 'test' });
  assert.equal(session.actor.role, 'admin');
  const [entry] = await s.db.select().from(auditLog).where(eq(auditLog.entityId, admin.id)).orderBy(desc(auditLog.id));
  assert.equal(entry?.action, 'user.create');
  assert.equal(entry?.entityType, 'user');
  assert.equal(entry?.actorId, null, 'the operator has no user row: recorded as the system');
  assert.ok(!JSON.stringify(entry?.after).includes('argon2'), 'no password hash in the audit log');
  a = await makeActors(s);
  const [eg] = await s.db.insert(providers).values({ authorityId: 'nord', name: 'Bostedet Eg', municipality: 'Aalborg' }).returning({ id: providers.id });
  providerId = eg?.id ?? '';
});

test('the administrator creates an inspector of an authority, who can log in', async () => {
  const inspector = await createUser(s, a.admin, user({ username: 'ida', role: 'inspector', authorityId: 'nord' }));
  const session = await login(s, { username: 'ida', password: PASSWORD, clientKey: 'test' });
  assert.equal(session.actor.id, inspector.id);
  assert.equal(session.actor.authorityId, 'nord');
});

test('only an administrator creates users', async () => {
  const providerUser = await makeActor(s, 'provider', { providerId });
  const others: Actor[] = [a.inspectorNord, a.managerNord, a.auditor, a.municipality, providerUser];
  for (const actor of others) await refused(() => createUser(s, actor, user({ username: `af-${actor.role}` })), 'forbidden');
});

test('the role decides the organisation: an authority for staff, a provider or foster family for the provider role, none otherwise', async () => {
  await refused(() => createUser(s, a.admin, user({ role: 'inspector' })), 'invalid', ['authorityId']);
  await refused(() => createUser(s, a.admin, user({ role: 'manager', authorityId: 'findes-ikke' })), 'invalid', ['authorityId']);
  await refused(() => createUser(s, a.admin, user({ role: 'auditor', authorityId: 'nord' })), 'invalid', ['authorityId']);
  await refused(() => createUser(s, a.admin, user({ role: 'provider' })), 'invalid', ['providerId']);
  await refused(() => createUser(s, a.admin, user({ role: 'municipality', providerId })), 'invalid', ['providerId']);
  const p = await createUser(s, a.admin, user({ username: 'eg.leder', role: 'provider', providerId }));
  assert.equal(p.providerId, providerId);
});

test('usernames are unique and well-formed; names are required', async () => {
  await refused(() => createUser(s, a.admin, user({ username: 'IDA' })), 'invalid', ['username']);
  await refused(() => createUser(s, a.admin, user({ username: 'x' })), 'invalid', ['username']);
  await refused(() => createUser(s, a.admin, user({ username: 'med mellemrum' })), 'invalid', ['username']);
  await refused(() => createUser(s, a.admin, user({ displayName: '  ' })), 'invalid', ['displayName']);
  await refused(() => createUser(s, a.admin, user({ role: 'konge' as never })), 'invalid', ['role']);
});

test('the password rule: at least 12 characters, not the username, not a common password', async () => {
  await refused(() => createUser(s, a.admin, user({ password: 'kort-kode' })), 'invalid', ['password']);
  await refused(() => createUser(s, a.admin, user({ username: 'karen.jensen1', password: 'Karen.Jensen1' })), 'invalid', ['password']);
  await refused(() => createUser(s, a.admin, user({ password: 'Adgangskode123' })), 'invalid', ['password']);
  fc.assert(fc.property(fc.string({ maxLength: 11 }), (p) => passwordProblem(p, 'bruger') !== null));
  fc.assert(fc.property(fc.string({ minLength: 12, maxLength: 40 }).filter((p) => p.trim().length === p.length && /\d/.test(p) && /[a-z]/.test(p) && /[^a-z0-9]/i.test(p)), (p) => passwordProblem(p, 'bruger') === null));
});

test('a deactivated user cannot log in, and their sessions stop working', async () => {
  await createUser(s, a.admin, user({ username: 'bo.ophoert', role: 'auditor' }));
  const session = await login(s, { username: 'bo.ophoert', password: PASSWORD, clientKey: 'test' });
  await s.db.update(users).set({ active: false }).where(eq(users.username, 'bo.ophoert'));
  assert.equal(await sessionActor(s, session.token), null, 'the open session no longer names a user');
  await assert.rejects(login(s, { username: 'bo.ophoert', password: PASSWORD, clientKey: 'test' }), (e: unknown) => e instanceof ServiceError && e.code === 'unauthenticated');
});

// ---- administration: list, change, deactivate, reset ---------------------------------------------

test('only an administrator lists, changes, deactivates and resets users; a refusal changes nothing', async () => {
  const [target] = await s.db.select().from(users).where(eq(users.username, 'ida'));
  assert.ok(target);
  for (const actor of [a.inspectorNord, a.managerNord, a.auditor, a.municipality]) {
    await refused(() => listUsers(s, actor), 'forbidden');
    await refused(() => getUser(s, actor, { userId: target.id }), 'forbidden');
    await refused(() => getUserByUsername(s, actor, { username: target.username }), 'forbidden');
    await refused(() => updateUser(s, actor, { userId: target.id, displayName: 'X', role: 'auditor' }), 'forbidden');
    await refused(() => setUserActive(s, actor, { userId: target.id, active: false }), 'forbidden');
    await refused(() => resetPassword(s, actor, { userId: target.id }), 'forbidden');
  }
});

test('the administrator reads one user by id or by username, never with the hash', async () => {
  const byName = await getUserByUsername(s, a.admin, { username: ' IDA ' });
  const byId = await getUser(s, a.admin, { userId: byName.id });
  assert.deepEqual(byId, byName);
  assert.ok(!('passwordHash' in byId));
  await refused(() => getUserByUsername(s, a.admin, { username: 'findes.ikke' }), 'not_found');
});

test('the list filters by role, authority, active and a search, and pages on the server', async () => {
  const all = await listUsers(s, a.admin);
  assert.equal(all.total, (await s.db.select().from(users)).length);
  assert.ok(all.items.every((u) => !('passwordHash' in u)));
  const inspectors = await listUsers(s, a.admin, { role: 'inspector', authorityId: 'nord' });
  assert.ok(inspectors.items.length >= 2 && inspectors.items.every((u) => u.role === 'inspector' && u.authorityId === 'nord'));
  assert.deepEqual((await listUsers(s, a.admin, { search: 'IDA' })).items.map((u) => u.username), ['ida']);
  assert.ok((await listUsers(s, a.admin, { active: 'false' })).items.every((u) => !u.active));
  const ofProvider = (await listUsers(s, a.admin, { providerId })).items;
  assert.ok(ofProvider.length >= 2 && ofProvider.every((u) => u.providerId === providerId) && ofProvider.some((u) => u.username === 'eg.leder'), 'the users of one provider');
  await refused(() => listUsers(s, a.admin, { providerId: 'ikke-et-id' }), 'invalid', ['providerId']);
  for (let i = 0; i < 55; i++) await s.db.insert(users).values({ username: `massebruger-${String(i).padStart(2, '0')}`, displayName: 'Masse', passwordHash: 'x', role: 'auditor' });
  const page1 = await listUsers(s, a.admin, { search: 'massebruger' });
  const page2 = await listUsers(s, a.admin, { search: 'massebruger', page: '2' });
  assert.deepEqual([page1.total, page1.items.length, page2.items.length], [55, 50, 5]);
  assert.equal(page2.items[0]?.username, 'massebruger-50');
  await refused(() => listUsers(s, a.admin, { page: '0' }), 'invalid', ['page']);
  await refused(() => listUsers(s, a.admin, { role: 'konge' as never }), 'invalid', ['role']);
});

test('a changed role or organisation ends the sessions; the version guards against a stale form; the audit log has before and after', async () => {
  const [ida] = await s.db.select().from(users).where(eq(users.username, 'ida'));
  assert.ok(ida);
  const session = await login(s, { username: 'ida', password: PASSWORD, clientKey: 'test' });
  const changed = await updateUser(s, a.admin, { userId: ida.id, displayName: 'Ida Leder', role: 'manager', authorityId: 'syd', expectedVersion: ida.version });
  assert.deepEqual([changed.role, changed.authorityId, changed.version], ['manager', 'syd', ida.version + 1]);
  assert.equal(await sessionActor(s, session.token), null, 'her session ended');
  await refused(() => updateUser(s, a.admin, { userId: ida.id, displayName: 'Gammel formular', role: 'inspector', authorityId: 'nord', expectedVersion: ida.version }), 'conflict');
  const [entry] = await s.db.select().from(auditLog).where(eq(auditLog.entityId, ida.id)).orderBy(desc(auditLog.id));
  assert.equal(entry?.action, 'user.update');
  assert.deepEqual([(entry?.before as { role: string }).role, (entry?.after as { role: string }).role], ['inspector', 'manager']);
});

test('deactivate ends the sessions at once and blocks login; reactivate lets the user in again', async () => {
  const [ida] = await s.db.select().from(users).where(eq(users.username, 'ida'));
  assert.ok(ida);
  const session = await login(s, { username: 'ida', password: PASSWORD, clientKey: 'test' });
  const off = await setUserActive(s, a.admin, { userId: ida.id, active: false, expectedVersion: ida.version });
  assert.equal(await sessionActor(s, session.token), null);
  await assert.rejects(login(s, { username: 'ida', password: PASSWORD, clientKey: 'test' }));
  await refused(() => setUserActive(s, a.admin, { userId: ida.id, active: false }), 'invalid', ['active']);
  await setUserActive(s, a.admin, { userId: ida.id, active: true, expectedVersion: off.version });
  assert.ok(await login(s, { username: 'ida', password: PASSWORD, clientKey: 'test' }));
  const actions = (await s.db.select().from(auditLog).where(eq(auditLog.entityId, ida.id))).map((e) => e.action);
  assert.ok(actions.includes('user.deactivate') && actions.includes('user.reactivate'));
});

test('a reset gives a one-time password the user must replace; the old password and sessions stop working', async () => {
  const [ida] = await s.db.select().from(users).where(eq(users.username, 'ida'));
  assert.ok(ida);
  const session = await login(s, { username: 'ida', password: PASSWORD, clientKey: 'test' });
  const { oneTimePassword } = await resetPassword(s, a.admin, { userId: ida.id });
  assert.equal(passwordProblem(oneTimePassword, 'ida'), null);
  assert.equal(await sessionActor(s, session.token), null);
  await assert.rejects(login(s, { username: 'ida', password: PASSWORD, clientKey: 'test-reset' }));
  const fresh = await login(s, { username: 'ida', password: oneTimePassword, clientKey: 'test-reset' });
  assert.equal(fresh.mustChangePassword, true);
  const [entry] = await s.db.select().from(auditLog).where(eq(auditLog.entityId, ida.id)).orderBy(desc(auditLog.id));
  assert.equal(entry?.action, 'user.password_reset');
  assert.ok(!JSON.stringify(entry).includes(oneTimePassword), 'the one-time password is not in the audit log');
});

test('the last active administrator can be neither deactivated nor demoted', async () => {
  const admins = await s.db.select().from(users).where(and(eq(users.role, 'admin'), eq(users.active, true)));
  const [last, ...others] = admins;
  assert.ok(last);
  for (const other of others) await setUserActive(s, last.id === a.admin.id ? a.admin : COMMAND_LINE_OPERATOR, { userId: other.id, active: false });
  const [row] = await s.db.select().from(users).where(eq(users.id, last.id));
  assert.ok(row);
  await refused(() => setUserActive(s, COMMAND_LINE_OPERATOR, { userId: last.id, active: false }), 'conflict');
  await refused(() => updateUser(s, COMMAND_LINE_OPERATOR, { userId: last.id, displayName: row.displayName, role: 'auditor' }), 'conflict');
  const renamed = await updateUser(s, COMMAND_LINE_OPERATOR, { userId: last.id, displayName: 'Omdøbt Admin', role: 'admin' });
  assert.equal(renamed.displayName, 'Omdøbt Admin', 'a change that keeps the role is fine');
});

// Issue 11: the region's quality consultant belongs to a region; the external surveyor to no organisation.
test('the region and surveyor roles: a region is required for the one and refused for the others', async () => {
  const fields = async (options: CreateUserOptions) =>
    assert.rejects(createUser(s, a.admin, options), (e: unknown) => e instanceof ServiceError && e.code === 'invalid' && e.fields.some((f) => f.field === 'regionId'));
  await fields(user({ username: 'kvalitet-uden-region', displayName: 'Kvalitet', role: 'region' }));
  await fields(user({ username: 'kvalitet-ukendt', displayName: 'Kvalitet', role: 'region', regionId: 'vest' }));
  await fields(user({ username: 'surveyor-med-region', displayName: 'Surveyor', role: 'surveyor', regionId: 'midtjylland' }));
  await fields(user({ username: 'leder-med-region', displayName: 'Leder', role: 'manager', authorityId: 'nord', regionId: 'midtjylland' }));
  const consultant = await createUser(s, a.admin, user({ username: 'kvalitet-midt', displayName: 'Karen Kvalitet', role: 'region', regionId: 'midtjylland' }));
  assert.equal(consultant.regionId, 'midtjylland');
  const surveyor = await createUser(s, a.admin, user({ username: 'surveyor-1', displayName: 'Sune Surveyor', role: 'surveyor' }));
  assert.equal(surveyor.regionId, null);
});
