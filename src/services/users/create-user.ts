// Creates a user (administrators only; the first administrator from the command line). The
// role decides which organisation the user belongs to: an authority for inspectors and managers,
// a provider or a foster family for the provider role, none for the others.
import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { ROLES, type Role } from '../../core/vocabulary.ts';
import { authorities, fosterFamilies, providers, regions, users } from '../../storage/schema.ts';
import type { ServiceContext } from '../context.ts';
import type { Actor } from '../actor.ts';
import { requireAbility } from '../permissions.ts';
import { userAbilities } from '../policies/abilities.ts';
import { invalid, type FieldIssue } from '../service-error.ts';
import { parseOptions, uuid } from '../service-options.ts';
import { recordAudit } from '../audit.ts';
import { hashPassword } from '../auth/password.ts';
import { requiredText } from '../register/create-provider.ts';
import { passwordProblem } from './password-rule.ts';
import { userRecord, type UserRecord } from './user-record.ts';

const optionalId = (message: string, id: z.ZodString) =>
  z.union([id, z.literal(''), z.null()], { error: message }).optional().transform((v) => (v ? v : null));

export const usernameSchema = z
  .string({ error: 'Brugernavn skal udfyldes.' })
  .trim()
  .toLowerCase()
  .regex(
    // '@' because logins through the organisation's identity provider often name people by e-mail address.
    /^[a-z0-9][a-z0-9._@-]{2,99}$/,
    'Brugernavnet skal være 3–100 tegn: små bogstaver, tal, punktum, bindestreg, understreg eller @.',
  );

/** Which organisation fields a role needs; the others must be empty. */
export const userOrganisationFields = {
  role: z.enum(ROLES, { error: `Rollen skal være en af: ${ROLES.join(', ')}.` }),
  authorityId: optionalId('Socialtilsynet er ikke gyldigt.', z.string().max(50)),
  providerId: optionalId('Tilbuddet er ikke gyldigt.', uuid()),
  fosterFamilyId: optionalId('Plejefamilien er ikke gyldig.', uuid()),
  regionId: optionalId('Regionen er ikke gyldig.', z.string().max(50)),
};

/** Where notifications are e-mailed (when the installation sends e-mail); empty: none. */
export const emailField = z
  .union([z.string(), z.null()], { error: 'E-mailadressen skal være tekst.' }).optional()
  .transform((v) => (v ?? '').trim())
  .refine((v) => v === '' || (v.length <= 254 && /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(v)), 'E-mailadressen skal have formen navn@domæne.dk.')
  .transform((v) => (v === '' ? null : v));

export const createUserSchema = z.object(
  {
    username: usernameSchema,
    displayName: requiredText('Navn'),
    email: emailField,
    ...userOrganisationFields,
    password: z.string({ error: 'Adgangskode skal udfyldes.' }).max(200, 'Adgangskoden må højst være 200 tegn.'),
    /** A password someone else chose: the user picks a new one at the next login. */
    mustChangePassword: z.boolean().optional().default(false),
  },
  { error: 'Oplysningerne mangler.' },
);

export type CreateUserOptions = z.input<typeof createUserSchema>;

type Organisation = { role: Role; authorityId: string | null; providerId: string | null; fosterFamilyId: string | null; regionId: string | null };

/** The organisation fields the role needs (and only those), as field errors. */
export function organisationIssues(o: Organisation): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const staff = o.role === 'inspector' || o.role === 'manager';
  if (staff && !o.authorityId) issues.push({ field: 'authorityId', message: 'Inspektører og ledere hører til et socialtilsyn; vælg det.' });
  if (!staff && o.authorityId) issues.push({ field: 'authorityId', message: 'Kun inspektører og ledere hører til et socialtilsyn.' });
  if (o.role === 'provider' && !o.providerId === !o.fosterFamilyId) {
    issues.push({ field: 'providerId', message: 'En bruger med rollen tilbud hører til ét tilbud eller én plejefamilie.' });
  }
  if (o.role !== 'provider' && (o.providerId || o.fosterFamilyId)) {
    issues.push({ field: 'providerId', message: 'Kun brugere med rollen tilbud hører til et tilbud eller en plejefamilie.' });
  }
  if (o.role === 'region' && !o.regionId) issues.push({ field: 'regionId', message: 'En kvalitetskonsulent hører til en region; vælg den.' });
  if (o.role !== 'region' && o.regionId) issues.push({ field: 'regionId', message: 'Kun kvalitetskonsulenter hører til en region.' });
  return issues;
}

/** The organisation a user is placed in must exist. */
export async function missingOrganisation(ctx: ServiceContext, o: Organisation): Promise<FieldIssue[]> {
  const issues: FieldIssue[] = [];
  if (o.authorityId && (await ctx.db.select({ id: authorities.id }).from(authorities).where(eq(authorities.id, o.authorityId))).length === 0) {
    issues.push({ field: 'authorityId', message: `Socialtilsynet "${o.authorityId}" findes ikke.` });
  }
  if (o.providerId && (await ctx.db.select({ id: providers.id }).from(providers).where(eq(providers.id, o.providerId))).length === 0) {
    issues.push({ field: 'providerId', message: 'Tilbuddet findes ikke.' });
  }
  if (o.fosterFamilyId && (await ctx.db.select({ id: fosterFamilies.id }).from(fosterFamilies).where(eq(fosterFamilies.id, o.fosterFamilyId))).length === 0) {
    issues.push({ field: 'fosterFamilyId', message: 'Plejefamilien findes ikke.' });
  }
  if (o.regionId && (await ctx.db.select({ id: regions.id }).from(regions).where(eq(regions.id, o.regionId))).length === 0) {
    issues.push({ field: 'regionId', message: `Regionen "${o.regionId}" findes ikke.` });
  }
  return issues;
}

const TAKEN: FieldIssue = { field: 'username', message: 'Brugernavnet er allerede i brug.' };

export async function createUser(ctx: ServiceContext, actor: Actor, options: CreateUserOptions): Promise<UserRecord> {
  requireAbility(userAbilities(actor).administer, 'Kun en administrator kan oprette brugere.');
  const input = parseOptions(createUserSchema, options);
  const problem = passwordProblem(input.password, input.username);
  const issues = [...organisationIssues(input), ...(problem ? [{ field: 'password', message: problem }] : [])];
  if (issues.length === 0) issues.push(...(await missingOrganisation(ctx, input)));
  if (issues.length > 0) throw invalid(issues);
  const passwordHash = await hashPassword(input.password);
  const created = await ctx.db.transaction(async (tx) => {
    if ((await tx.select({ id: users.id }).from(users).where(eq(users.username, input.username))).length > 0) throw invalid([TAKEN]);
    const [row] = await tx
      .insert(users)
      .values({
        username: input.username,
        displayName: input.displayName,
        email: input.email,
        passwordHash,
        role: input.role,
        authorityId: input.authorityId,
        providerId: input.providerId,
        fosterFamilyId: input.fosterFamilyId,
        regionId: input.regionId,
        mustChangePassword: input.mustChangePassword,
      })
      .returning();
    if (!row) throw new Error('insert returned no row');
    const record = userRecord(row);
    await recordAudit(tx, actor, { action: 'user.create', entityType: 'user', entityId: record.id, before: null, after: record });
    return record;
  });
  return created;
}
