// The front page: where a logged-in user starts.
import { Hono } from 'hono';
import type { WebEnv } from '../env.ts';
import { Layout } from '../views/layout.tsx';

export const homeRoutes = new Hono<WebEnv>();

homeRoutes.get('/', (c) => {
  const actor = c.get('actor');
  if (!actor) return c.redirect('/login');
  return c.html(
    <Layout title="Forside" actor={actor} csrfToken={c.get('csrfToken')}>
      <h1>Velkommen, {actor.displayName}</h1>
      <ul>
        <li><a href="/inspections">Tilsyn</a></li>
        <li><a href="/providers">Tilbud</a></li>
        <li><a href="/foster-families">Plejefamilier</a></li>
        <li><a href="/models">Kvalitetsmodeller</a></li>
      </ul>
    </Layout>,
  );
});
