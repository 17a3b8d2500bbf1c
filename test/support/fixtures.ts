// Building blocks for service tests: the authorities, and users of a given role.
import { randomBytes } from 'node:crypto';
import { authorities, users } from '../../src/storage/schema.ts';
import type { ServiceContext } from '../../src/services/context.ts';
import type { Actor, Role } from '../../src/services/actor.ts';
import { toActor } from '../../src/services/auth/sessions.ts';
import { AUTHORITIES } from '../../src/demo/seed-demo.ts';

export async function seedAuthorities(services: ServiceContext): Promise<void> {
  await services.db.insert(authorities).values([...AUTHORITIES]).onConflictDoNothing();
}

export type ActorOptions = { authorityId?: string | null; providerId?: string | null; fosterFamilyId?: string | null; regionId?: string | null };

/** A stored user of the role (the password hash is a placeholder: these users never log in). */
export async function makeActor(services: ServiceContext, role: Role, options: ActorOptions = {}): Promise<Actor> {
  const [user] = await services.db
    .insert(users)
    .values({
      username: `${role}-${randomBytes(4).toString('hex')}`,
      displayName: `Test ${role}`,
      passwordHash: 'not-a-hash',
      role,
      authorityId: options.authorityId ?? null,
      providerId: options.providerId ?? null,
      fosterFamilyId: options.fosterFamilyId ?? null,
      regionId: options.regionId ?? null,
    })
    .returning();
  return toActor(user!);
}

/** One actor of every role: staff of `nord` and `syd`, and the roles without an authority. */
export async function makeActors(services: ServiceContext) {
  return {
    inspectorNord: await makeActor(services, 'inspector', { authorityId: 'nord' }),
    managerNord: await makeActor(services, 'manager', { authorityId: 'nord' }),
    inspectorSyd: await makeActor(services, 'inspector', { authorityId: 'syd' }),
    managerSyd: await makeActor(services, 'manager', { authorityId: 'syd' }),
    municipality: await makeActor(services, 'municipality'),
    auditor: await makeActor(services, 'auditor'),
    admin: await makeActor(services, 'admin'),
  };
}
