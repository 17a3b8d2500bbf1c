// The quality models as reading pages (views/model) for every logged-in user.
import { Hono } from 'hono';
import type { WebEnv } from '../env.ts';
import { requireActor } from '../require-actor.ts';
import { notFound } from '../../services/service-error.ts';
import { ModelListPage, ModelPage } from '../views/model/model-pages.tsx';

export const modelRoutes = new Hono<WebEnv>();

modelRoutes.get('/models', (c) => {
  requireActor(c);
  return c.html(<ModelListPage models={c.get('services').registry.list()} />);
});

modelRoutes.get('/models/:id', (c) => {
  requireActor(c);
  const model = c.get('services').registry.get(c.req.param('id'));
  if (!model) throw notFound('Modellen');
  return c.html(<ModelPage model={model} />);
});
