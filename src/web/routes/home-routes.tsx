// The front page: where a logged-in user starts.
import { Hono } from 'hono';
import type { WebEnv } from '../env.ts';
import { HomePage } from '../views/home/home-page.tsx';
import { ComponentGalleryPage } from '../views/components/gallery-page.tsx';
import { requireActor } from '../require-actor.ts';
import { getStartPage } from '../../services/home/get-start-page.ts';

export const homeRoutes = new Hono<WebEnv>();

homeRoutes.get('/', async (c) => {
  const actor = c.get('actor');
  if (!actor) return c.redirect('/login');
  return c.html(<HomePage actor={actor} start={await getStartPage(c.get('services'), actor)} />);
});

// The component gallery: for logged-in users (it is a developers' page, not the public portal's).
homeRoutes.get('/components', (c) => {
  requireActor(c);
  return c.html(<ComponentGalleryPage />);
});
