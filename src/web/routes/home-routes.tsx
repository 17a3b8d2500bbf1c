// The front page: where a logged-in user starts.
import { Hono } from 'hono';
import type { WebEnv } from '../env.ts';
import { Layout, navigationFor } from '../views/layout.tsx';
import { ComponentGalleryPage } from '../views/components/gallery-page.tsx';
import { requireActor } from '../require-actor.ts';

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

// The component gallery: for logged-in users (it is a developers' page, not the public portal's).
homeRoutes.get('/components', (c) => {
  requireActor(c);
  return c.html(<ComponentGalleryPage />);
});
