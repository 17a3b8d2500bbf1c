// The regions' model (issue 11): the overview of the institutions an actor may see. Access is decided
// by the service (institutionScope).
import { Hono } from 'hono';
import type { WebEnv } from '../env.ts';
import { requireActor } from '../require-actor.ts';
import { todayInDenmark } from '../../core/calendar.ts';
import { getStandardsOverview, STANDARDS_MODEL_ID } from '../../services/standards/get-standards-overview.ts';
import { notFound } from '../../services/service-error.ts';
import { StandardsOverviewPage } from '../views/standards/overview-page.tsx';

export const standardsRoutes = new Hono<WebEnv>();

standardsRoutes.get('/standards', async (c) => {
  const actor = requireActor(c);
  const services = c.get('services');
  const at = todayInDenmark(services.now());
  const overview = await getStandardsOverview(services, actor, { at });
  const model = services.registry.get(STANDARDS_MODEL_ID);
  if (model?.kind !== 'standards') throw notFound('Kvalitetsmodellen');
  return c.html(<StandardsOverviewPage model={model} overview={overview} at={at} />);
});
