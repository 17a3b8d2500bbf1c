// The permission table, role by role: what each may do in its own and another authority.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { can, visibleAuthorities, type Action } from '../../src/services/permissions.ts';
import type { Actor, Role } from '../../src/services/actor.ts';

const actor = (role: Role, extra: Partial<Actor> = {}): Actor => ({
  id: 'u', username: 'u', displayName: 'U', role, authorityId: null, providerId: null, fosterFamilyId: null, regionId: null, ...extra,
});
const own = { authorityId: 'nord', providerId: 'p1' };
const other = { authorityId: 'syd', providerId: 'p2' };

const NOTHING: Record<Action, [boolean, boolean]> = { 'register.read': [false, false], 'register.write': [false, false], 'inspection.read': [false, false], 'inspection.write': [false, false], 'decision.write': [false, false], 'audit.read': [false, false], 'authority.read': [false, false], 'report.write': [false, false], 'report.review': [false, false], 'report.hearing': [false, false], 'report.read_final': [false, false] };

const expected: Record<string, Record<Action, [ownAuthority: boolean, otherAuthority: boolean]>> = {
  inspector: { 'register.read': [true, false], 'register.write': [true, false], 'inspection.read': [true, false], 'inspection.write': [true, false], 'decision.write': [false, false], 'audit.read': [false, false], 'authority.read': [true, false], 'report.write': [true, false], 'report.review': [true, false], 'report.hearing': [false, false], 'report.read_final': [true, false] },
  manager: { 'register.read': [true, false], 'register.write': [true, false], 'inspection.read': [true, false], 'inspection.write': [true, false], 'decision.write': [true, false], 'audit.read': [true, false], 'authority.read': [true, false], 'report.write': [true, false], 'report.review': [true, false], 'report.hearing': [false, false], 'report.read_final': [true, false] },
  auditor: { 'register.read': [true, true], 'register.write': [false, false], 'inspection.read': [true, true], 'inspection.write': [false, false], 'decision.write': [false, false], 'audit.read': [true, true], 'authority.read': [true, true], 'report.write': [false, false], 'report.review': [false, false], 'report.hearing': [false, false], 'report.read_final': [true, true] },
  municipality: { 'register.read': [true, true], 'register.write': [false, false], 'inspection.read': [false, false], 'inspection.write': [false, false], 'decision.write': [false, false], 'audit.read': [false, false], 'authority.read': [false, false], 'report.write': [false, false], 'report.review': [false, false], 'report.hearing': [false, false], 'report.read_final': [false, false] },
  provider: { 'register.read': [true, false], 'register.write': [false, false], 'inspection.read': [false, false], 'inspection.write': [false, false], 'decision.write': [false, false], 'audit.read': [false, false], 'authority.read': [false, false], 'report.write': [false, false], 'report.review': [false, false], 'report.hearing': [true, false], 'report.read_final': [true, false] },
  admin: { 'register.read': [true, true], 'register.write': [true, true], 'inspection.read': [false, false], 'inspection.write': [false, false], 'decision.write': [false, false], 'audit.read': [false, false], 'authority.read': [true, true], 'report.write': [false, false], 'report.review': [false, false], 'report.hearing': [false, false], 'report.read_final': [false, false] },
  // Issue 11: the region's quality consultant and the external surveyor work in the regions' model, never in a supervision case.
  region: NOTHING,
  surveyor: NOTHING,
};

const actors: Record<string, Actor> = {
  inspector: actor('inspector', { authorityId: 'nord' }),
  manager: actor('manager', { authorityId: 'nord' }),
  auditor: actor('auditor'),
  municipality: actor('municipality'),
  provider: actor('provider', { providerId: 'p1' }),
  admin: actor('admin'),
  region: actor('region', { regionId: 'midtjylland' }),
  surveyor: actor('surveyor'),
};

for (const [role, actions] of Object.entries(expected)) {
  test(`permissions of the ${role} role`, () => {
    for (const [action, [inOwn, inOther]] of Object.entries(actions) as [Action, [boolean, boolean]][]) {
      assert.equal(can(actors[role]!, action, own), inOwn, `${role} ${action} own`);
      assert.equal(can(actors[role]!, action, other), inOther, `${role} ${action} other`);
    }
  });
}

test('an inspector without an authority may do nothing in any authority', () => {
  const lost = actor('inspector');
  assert.equal(can(lost, 'inspection.read', own), false);
  assert.deepEqual(visibleAuthorities(lost, 'inspection.read'), []);
});

test('listing is limited to the own authority for staff, open for auditor', () => {
  assert.deepEqual(visibleAuthorities(actors.inspector!, 'inspection.read'), ['nord']);
  assert.equal(visibleAuthorities(actors.auditor!, 'inspection.read'), null);
  assert.deepEqual(visibleAuthorities(actors.municipality!, 'inspection.read'), []);
  assert.equal(visibleAuthorities(actors.municipality!, 'register.read'), null);
  assert.deepEqual(visibleAuthorities(actors.admin!, 'inspection.read'), [], 'the operator manages users, not cases');
  assert.equal(visibleAuthorities(actors.admin!, 'register.read'), null);
});
