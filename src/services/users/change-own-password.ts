// A user changes their own password: the current one proves it is them, the new one follows the
// password rule. The user's other sessions end (a changed password locks out whoever else knew the
// old one); this session stays. Also how a password set by an administrator is replaced.
import { and, eq, ne } from 'drizzle-orm';
import { z } from 'zod';
import { sessions, users } from '../../storage/schema.ts';
import type { ServiceContext } from '../context.ts';
import type { Actor } from '../actor.ts';
import { invalid, notFound } from '../service-error.ts';
import { parseOptions } from '../service-options.ts';
import { recordAudit } from '../audit.ts';
import { hashPassword, verifyPassword } from '../auth/password.ts';
import { passwordProblem } from './password-rule.ts';
import { sessionId } from '../auth/sessions.ts';

export const changeOwnPasswordSchema = z.object(
  {
    currentPassword: z.string({ error: 'Skriv din nuværende adgangskode.' }).min(1, 'Skriv din nuværende adgangskode.').max(200),
    newPassword: z.string({ error: 'Skriv en ny adgangskode.' }).max(200, 'Adgangskoden må højst være 200 tegn.'),
    repeatPassword: z.string({ error: 'Gentag den nye adgangskode.' }).max(200),
  },
  { error: 'Oplysningerne mangler.' },
);

export type ChangeOwnPasswordOptions = z.input<typeof changeOwnPasswordSchema> & {
  /** The session the change is made in: it stays; the user's other sessions end. */
  sessionToken?: string | null;
};

export async function changeOwnPassword(ctx: ServiceContext, actor: Actor, options: ChangeOwnPasswordOptions): Promise<void> {
  const input = parseOptions(changeOwnPasswordSchema, options);
  const [user] = await ctx.db.select().from(users).where(eq(users.id, actor.id));
  if (!user || !user.active) throw notFound('Brugeren');
  if (!(await verifyPassword(input.currentPassword, user.passwordHash))) {
    throw invalid([{ field: 'currentPassword', message: 'Den nuværende adgangskode er forkert.' }]);
  }
  const problem =
    input.newPassword !== input.repeatPassword
      ? { field: 'repeatPassword', message: 'De to nye adgangskoder er ikke ens.' }
      : input.newPassword === input.currentPassword
        ? { field: 'newPassword', message: 'Den nye adgangskode skal være en anden end den nuværende.' }
        : (() => {
            const reason = passwordProblem(input.newPassword, user.username);
            return reason ? { field: 'newPassword', message: reason } : null;
          })();
  if (problem) throw invalid([problem]);
  const passwordHash = await hashPassword(input.newPassword);
  await ctx.db.transaction(async (tx) => {
    await tx.update(users).set({ passwordHash, mustChangePassword: false, version: user.version + 1 }).where(eq(users.id, user.id));
    const keep = options.sessionToken ? sessionId(options.sessionToken) : '';
    await tx.delete(sessions).where(and(eq(sessions.userId, user.id), ne(sessions.id, keep)));
    await recordAudit(tx, actor, { action: 'user.password_change', entityType: 'user', entityId: user.id, before: null, after: { mustChangePassword: false } });
  });
}
