// Fictional demo data: the five authorities, users of every role, providers, foster families
// and inspections in every state. Everything here is invented.
import { sql } from 'drizzle-orm';
import { authorities, users } from '../storage/schema.ts';
import type { ServiceContext } from '../services/context.ts';
import { hashPassword } from '../services/auth/password.ts';

export const DEMO_PASSWORD = 'demo-tilsyn';

export const AUTHORITIES = [
  { id: 'nord', name: 'Socialtilsyn Nord' },
  { id: 'midt', name: 'Socialtilsyn Midt' },
  { id: 'syd', name: 'Socialtilsyn Syd' },
  { id: 'oest', name: 'Socialtilsyn Øst' },
  { id: 'hovedstaden', name: 'Socialtilsyn Hovedstaden' },
] as const;

export async function isDatabaseEmpty(services: ServiceContext): Promise<boolean> {
  const rows = await services.db.execute<{ n: number }>(sql`select count(*)::int as n from ${authorities}`);
  const first = (rows as unknown as { rows?: { n: number }[] }).rows?.[0] ?? (rows as unknown as { n: number }[])[0];
  return (first?.n ?? 0) === 0;
}

export async function seedDemo(services: ServiceContext): Promise<string> {
  const hash = await hashPassword(DEMO_PASSWORD);
  await services.db.transaction(async (tx) => {
    await tx.insert(authorities).values([...AUTHORITIES]);
    const people = AUTHORITIES.flatMap((a) => [
      { username: `inspektoer-${a.id}`, displayName: `Tilsynskonsulent ${a.name.replace('Socialtilsyn ', '')}`, role: 'inspector', authorityId: a.id },
      { username: `leder-${a.id}`, displayName: `Leder ${a.name.replace('Socialtilsyn ', '')}`, role: 'manager', authorityId: a.id },
    ]);
    await tx.insert(users).values([
      ...people.map((p) => ({ ...p, passwordHash: hash })),
      { username: 'kommune-demo', displayName: 'Sagsbehandler, Demo Kommune', role: 'municipality', passwordHash: hash },
      { username: 'revisor', displayName: 'Auditfunktionen', role: 'auditor', passwordHash: hash },
      { username: 'admin', displayName: 'Driftsadministrator', role: 'admin', passwordHash: hash },
    ]);
  });
  return `Demodata indlæst: ${AUTHORITIES.length} socialtilsyn og deres brugere.`;
}
