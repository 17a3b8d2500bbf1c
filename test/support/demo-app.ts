// The app on the demo data with logged-in demo users, for in-process web tests: each user's session
// cookie and CSRF token, and a GET as that user (or as a guest).
import { createTestServices, type TestServices } from './test-services.ts';
import { createApp } from '../../src/web/app.tsx';
import { login } from '../../src/services/auth/sessions.ts';
import { DEMO_PASSWORD } from '../../src/demo/seed-demo.ts';

export type DemoApp = {
  t: TestServices;
  app: ReturnType<typeof createApp>;
  sessions: Map<string, { cookie: string; csrf: string }>;
  get(path: string, username?: string): Promise<Response>;
};

export async function demoApp(usernames: readonly string[]): Promise<DemoApp> {
  const t = await createTestServices({ demo: true });
  const app = createApp(t.services, { demo: true });
  const sessions = new Map<string, { cookie: string; csrf: string }>();
  for (const username of usernames) {
    const s = await login(t.services, { username, password: DEMO_PASSWORD, clientKey: `demo-${username}` });
    sessions.set(username, { cookie: `tilsyn_session=${s.token}`, csrf: s.csrfToken });
  }
  const get = async (path: string, username?: string) => app.request(path, { headers: username ? { cookie: sessions.get(username)!.cookie } : {} });
  return { t, app, sessions, get };
}
