// The front page: where a logged-in user starts.
import { Hono } from 'hono';
import type { WebEnv } from '../env.ts';
import { Layout, navigationFor } from '../views/layout.tsx';

export const homeRoutes = new Hono<WebEnv>();

homeRoutes.get('/', (c) => {
  const actor = c.get('actor');
  if (!actor) return c.redirect('/login');
  return c.html(
    <Layout title="Forside">
      <h1>Velkommen, {actor.displayName}</h1>
      <ul>
        {navigationFor(actor).map(([label, href]) => <li><a href={href}>{label}</a></li>)}
      </ul>
    </Layout>,
  );
});
