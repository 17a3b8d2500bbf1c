// The user's own account: changing the password (also the forced change after an administrator set it).
import { Hono } from 'hono';
import type { WebEnv } from '../env.ts';
import { formData, requireActor } from '../require-actor.ts';
import { ServiceError } from '../../services/service-error.ts';
import { changeOwnPassword } from '../../services/users/change-own-password.ts';
import { PasswordPage } from '../views/account/password-page.tsx';

export const accountRoutes = new Hono<WebEnv>();

accountRoutes.get('/account/password', (c) => {
  requireActor(c);
  return c.html(<PasswordPage issues={[]} mustChange={c.get('mustChangePassword')} saved={c.req.query('gemt') === '1'} />);
});

accountRoutes.post('/account/password', async (c) => {
  const actor = requireActor(c);
  const form = await formData(c);
  const text = (name: string) => {
    const value = form[name];
    return typeof value === 'string' ? value : '';
  };
  const wasForced = c.get('mustChangePassword');
  try {
    await changeOwnPassword(c.get('services'), actor, {
      currentPassword: text('currentPassword'),
      newPassword: text('newPassword'),
      repeatPassword: text('repeatPassword'),
      sessionToken: c.get('sessionToken'),
    });
  } catch (e) {
    if (!(e instanceof ServiceError) || e.code !== 'invalid') throw e;
    return c.html(<PasswordPage issues={e.fields} mustChange={wasForced} saved={false} />, 400);
  }
  return c.redirect(wasForced ? '/' : '/account/password?gemt=1', 303);
});
