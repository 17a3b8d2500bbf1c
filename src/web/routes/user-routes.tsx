// User administration (administrators): list, create, change, deactivate/reactivate, reset the
// password. Every form posts to its own endpoint and redirects (303) or shows the page again with
// the errors (400) or the conflict (409). Access is decided by the services.
import { Hono, type Context } from 'hono';
import type { WebEnv } from '../env.ts';
import { formData, requireActor } from '../require-actor.ts';
import { queryOptions } from '../request-options.ts';
import { listAuthorities } from '../../services/authorities/list-authorities.ts';
import { ServiceError, type FieldIssue } from '../../services/service-error.ts';
import { requireAbility } from '../../services/permissions.ts';
import { userAbilities } from '../../services/policies/abilities.ts';
import { listUsers, listUsersSchema, type UserList } from '../../services/users/list-users.ts';
import { createUser } from '../../services/users/create-user.ts';
import { updateUser } from '../../services/users/update-user.ts';
import { setUserActive } from '../../services/users/set-user-active.ts';
import { oneTimePassword, resetPassword } from '../../services/users/reset-password.ts';
import { getUser } from '../../services/users/get-user.ts';
import { emptyUserForm, NewUserPage, UserListPage, userFormValues, UserPage, type UserFormValues } from '../views/users/user-pages.tsx';
import type { Role } from '../../core/vocabulary.ts';

export const userRoutes = new Hono<WebEnv>();

type C = Context<WebEnv>;

const authorityChoices = (c: C) => listAuthorities(c.get('services'));

async function formValues(c: C): Promise<UserFormValues & { version: string; active: string }> {
  const form = await formData(c);
  const text = (name: string) => {
    const v = form[name];
    return typeof v === 'string' ? v : '';
  };
  return {
    username: text('username'), displayName: text('displayName'), email: text('email'), role: text('role'), authorityId: text('authorityId'),
    providerId: text('providerId').trim(), fosterFamilyId: text('fosterFamilyId').trim(), regionId: text('regionId'), version: text('version'), active: text('active'),
  };
}

// The form's values are whatever was posted; the use case checks each (an unknown role is a field error).
const organisation = (v: UserFormValues) => ({ role: v.role as Role, authorityId: v.authorityId, providerId: v.providerId, fosterFamilyId: v.fosterFamilyId, regionId: v.regionId });
const version = (s: string) => (s.trim() === '' ? null : Number(s));

function formProblem(e: unknown): { status: 400 | 409; issues: FieldIssue[]; conflict?: string } {
  if (e instanceof ServiceError && e.code === 'invalid') return { status: 400, issues: e.fields };
  if (e instanceof ServiceError && e.code === 'conflict') return { status: 409, issues: [], conflict: e.message };
  throw e;
}

userRoutes.get('/users', async (c) => {
  const actor = requireActor(c);
  requireAbility(userAbilities(actor).administer, 'Kun en administrator kan se brugerne.');
  const raw = { role: c.req.query('role') ?? '', authorityId: c.req.query('authorityId') ?? '', active: c.req.query('active') ?? '', search: c.req.query('search') ?? '' };
  let list: UserList = { items: [], total: 0, page: 1, pageSize: 50 };
  let issues: FieldIssue[] = [];
  try {
    list = await listUsers(c.get('services'), actor, queryOptions(c, listUsersSchema));
  } catch (e) {
    issues = formProblem(e).issues;
  }
  return c.html(<UserListPage list={list} filters={raw} issues={issues} authorities={await authorityChoices(c)} />, issues.length ? 400 : 200);
});

userRoutes.get('/users/new', async (c) => {
  const actor = requireActor(c);
  requireAbility(userAbilities(actor).administer, 'Kun en administrator kan oprette brugere.');
  const prefill = { ...emptyUserForm, providerId: c.req.query('providerId') ?? '', fosterFamilyId: c.req.query('fosterFamilyId') ?? '' };
  if (prefill.providerId || prefill.fosterFamilyId) prefill.role = 'provider';
  return c.html(<NewUserPage values={prefill} issues={[]} authorities={await authorityChoices(c)} />);
});

userRoutes.post('/users/new', async (c) => {
  const actor = requireActor(c);
  const v = await formValues(c);
  const password = oneTimePassword();
  try {
    const user = await createUser(c.get('services'), actor, { username: v.username, displayName: v.displayName, email: v.email, ...organisation(v), password, mustChangePassword: true });
    return c.html(<UserPage user={user} values={userFormValues(user)} issues={[]} authorities={await authorityChoices(c)} notice={{ kind: 'success', text: 'Brugeren er oprettet.' }} oneTimePassword={password} />, 201);
  } catch (e) {
    const problem = formProblem(e);
    return c.html(<NewUserPage values={v} issues={problem.issues} authorities={await authorityChoices(c)} />, problem.status);
  }
});

userRoutes.get('/users/:id', async (c) => {
  const user = await getUser(c.get('services'), requireActor(c), { userId: c.req.param('id') });
  const done = c.req.query('gemt');
  const notice = done ? { kind: 'success' as const, text: done === 'deaktiveret' ? 'Brugeren er deaktiveret og logget af.' : done === 'genaktiveret' ? 'Brugeren er genaktiveret.' : 'Ændringerne er gemt.' } : undefined;
  return c.html(<UserPage user={user} values={userFormValues(user)} issues={[]} authorities={await authorityChoices(c)} notice={notice} />);
});

/** The user page again with the problem, for a form that failed. */
async function againWith(c: C, e: unknown, values?: UserFormValues) {
  const problem = formProblem(e);
  const user = await getUser(c.get('services'), requireActor(c), { userId: c.req.param('id') ?? '' });
  const notice = problem.conflict ? { kind: 'error' as const, text: problem.conflict } : undefined;
  return c.html(<UserPage user={user} values={values ?? userFormValues(user)} issues={problem.issues} authorities={await authorityChoices(c)} notice={notice} />, problem.status);
}

userRoutes.post('/users/:id', async (c) => {
  const actor = requireActor(c);
  const v = await formValues(c);
  try {
    await updateUser(c.get('services'), actor, { userId: c.req.param('id'), displayName: v.displayName, email: v.email, ...organisation(v), expectedVersion: version(v.version) });
  } catch (e) {
    return againWith(c, e, v);
  }
  return c.redirect(`/users/${encodeURIComponent(c.req.param('id'))}?gemt=1`, 303);
});

userRoutes.post('/users/:id/active', async (c) => {
  const actor = requireActor(c);
  const v = await formValues(c);
  const active = v.active === 'true';
  try {
    await setUserActive(c.get('services'), actor, { userId: c.req.param('id'), active, expectedVersion: version(v.version) });
  } catch (e) {
    return againWith(c, e);
  }
  return c.redirect(`/users/${encodeURIComponent(c.req.param('id'))}?gemt=${active ? 'genaktiveret' : 'deaktiveret'}`, 303);
});

userRoutes.post('/users/:id/password-reset', async (c) => {
  const actor = requireActor(c);
  const v = await formValues(c);
  let result;
  try {
    result = await resetPassword(c.get('services'), actor, { userId: c.req.param('id'), expectedVersion: version(v.version) });
  } catch (e) {
    return againWith(c, e);
  }
  // The one-time password is shown on this response only; reloading does not show it again.
  return c.html(<UserPage user={result.user} values={userFormValues(result.user)} issues={[]} authorities={await authorityChoices(c)} notice={{ kind: 'success', text: 'Adgangskoden er nulstillet, og brugeren er logget af.' }} oneTimePassword={result.oneTimePassword} />);
});
