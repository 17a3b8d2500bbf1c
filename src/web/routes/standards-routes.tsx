// The regions' model (issue 11): the overview of the institutions an actor may see, and an
// institution's traffic light with its easy-read page. Access is decided by the services
// (institutionScope, institutionAbilities).
import { Hono, type Context } from 'hono';
import type { WebEnv } from '../env.ts';
import { formData, requireActor } from '../require-actor.ts';
import { standardsModelOf } from '../../services/standards/get-standards-overview.ts';
import { getWorkList } from '../../services/standards/get-work-list.ts';
import { regionExampleAbilities } from '../../services/policies/abilities.ts';
import { InstitutionPage } from '../views/standards/institution-page.tsx';
import { notFound } from '../../services/service-error.ts';
import { textFields, writeThenRedirect } from '../form-flow.ts';
import { getTrafficLight } from '../../services/standards/get-traffic-light.ts';
import { placeTrafficLightItem } from '../../services/standards/place-traffic-light-item.ts';
import { MoveTrafficLightItemPage, TrafficLightPage } from '../views/standards/traffic-light-page.tsx';
import { EasyReadTrafficLightPage } from '../views/standards/easy-read-page.tsx';
import { acknowledgeSelfEvaluation, ENTRY_FIELDS, getSelfEvaluation, saveSelfEvaluation } from '../../services/standards/self-evaluation.ts';
import { SelfEvaluationPage } from '../views/standards/self-evaluation-page.tsx';
import { approveLocalDescription, listLocalDescriptions, writeLocalDescription } from '../../services/standards/local-descriptions.ts';
import { LocalDescriptionsPage, WriteLocalDescriptionPage } from '../views/standards/local-descriptions-page.tsx';
import { StandardsOverviewPage } from '../views/standards/overview-page.tsx';

export const standardsRoutes = new Hono<WebEnv>();

standardsRoutes.get('/standards', async (c) => {
  const actor = requireActor(c);
  const view = await getWorkList(c.get('services'), actor);
  return c.html(<StandardsOverviewPage model={standardsModel(c)} view={view} showExamples={regionExampleAbilities(actor, actor.regionId).read} />);
});

standardsRoutes.get('/standards/institutions/:id', async (c) => {
  const view = await getWorkList(c.get('services'), requireActor(c), { providerId: c.req.param('id') });
  if (view.overview.length === 0) throw notFound('Institutionen');
  return c.html(<InstitutionPage model={standardsModel(c)} view={view} />);
});

const standardsModel = (c: Context<WebEnv>) => standardsModelOf(c.get('services').registry);
const trafficLight = (c: Context<WebEnv>) => getTrafficLight(c.get('services'), requireActor(c), c.req.param('id'));

standardsRoutes.get('/standards/institutions/:id/traffic-light', async (c) =>
  c.html(<TrafficLightPage model={standardsModel(c)} view={await trafficLight(c)} issues={[]} />));

standardsRoutes.get('/standards/institutions/:id/traffic-light/easy-read', async (c) =>
  c.html(<EasyReadTrafficLightPage model={standardsModel(c)} view={await trafficLight(c)} />));

standardsRoutes.get('/standards/institutions/:id/traffic-light/items/:itemId/move', async (c) => {
  const view = await trafficLight(c);
  const item = view.current.find((i) => i.id === c.req.param('itemId'));
  if (!item || !view.mayWrite) throw notFound('Placeringen');
  return c.html(<MoveTrafficLightItemPage view={view} item={item} issues={[]} />);
});

standardsRoutes.post('/standards/institutions/:id/traffic-light', async (c) => {
  const actor = requireActor(c);
  const form = await formData(c);
  const field = (k: string) => (typeof form[k] === 'string' ? form[k] : undefined);
  const input = { providerId: c.req.param('id'), replaces: field('replaces') || undefined, unit: field('unit'), matter: field('matter'), colour: field('colour'), agreedOn: field('agreedOn'), agreedWith: field('agreedWith') };
  return writeThenRedirect(c, () => placeTrafficLightItem(c.get('services'), actor, input), async (issues) => {
    const view = await trafficLight(c);
    const item = view.current.find((i) => i.id === input.replaces);
    return item ? <MoveTrafficLightItemPage view={view} item={item} issues={issues} /> : <TrafficLightPage model={standardsModel(c)} view={view} issues={issues} />;
  }, `/standards/institutions/${c.req.param('id')}/traffic-light`);
});

const SAVED = ['saved', 'submitted', 'acknowledged'] as const;

standardsRoutes.get('/standards/institutions/:id/self-evaluation', async (c) => {
  const view = await getSelfEvaluation(c.get('services'), requireActor(c), c.req.param('id'));
  return c.html(<SelfEvaluationPage view={view} issues={[]} values={null} saved={SAVED.find((v) => v === c.req.query('saved')) ?? null} />);
});

standardsRoutes.post('/standards/institutions/:id/self-evaluation', async (c) => {
  const actor = requireActor(c);
  const form = await formData(c);
  const values = textFields(form);
  const entries: Record<string, Record<string, string>> = {};
  for (const [key, v] of Object.entries(values)) {
    const [field, standardId] = key.split(':');
    if (!standardId || !field || !(ENTRY_FIELDS as readonly string[]).concat('actionDeadline').includes(field)) continue;
    (entries[standardId] ??= {})[field] = v;
  }
  const submit = values.intent === 'submit';
  return writeThenRedirect(c, () => saveSelfEvaluation(c.get('services'), actor, { providerId: c.req.param('id'), entries, submit }), async (issues) => {
    const view = await getSelfEvaluation(c.get('services'), actor, c.req.param('id'));
    return <SelfEvaluationPage view={view} issues={issues} values={values} saved={null} />;
  }, `/standards/institutions/${c.req.param('id')}/self-evaluation?saved=${submit ? 'submitted' : 'saved'}`);
});

standardsRoutes.post('/standards/institutions/:id/self-evaluation/:evaluationId/acknowledge', async (c) => {
  await acknowledgeSelfEvaluation(c.get('services'), requireActor(c), { providerId: c.req.param('id'), selfEvaluationId: c.req.param('evaluationId') });
  return c.redirect(`/standards/institutions/${c.req.param('id')}/self-evaluation?saved=acknowledged`, 303);
});

standardsRoutes.get('/standards/institutions/:id/descriptions', async (c) => {
  const view = await listLocalDescriptions(c.get('services'), requireActor(c), c.req.param('id'));
  return c.html(<LocalDescriptionsPage model={standardsModel(c)} view={view} saved={['written', 'approved'].find((v) => v === c.req.query('saved')) ?? null} />);
});

const standardOf = (c: Context<WebEnv>) => {
  const standard = standardsModel(c).standards.find((s) => s.id === c.req.param('standardId'));
  if (!standard) throw notFound('Standarden');
  return standard;
};

standardsRoutes.get('/standards/institutions/:id/descriptions/:standardId', async (c) => {
  const view = await listLocalDescriptions(c.get('services'), requireActor(c), c.req.param('id'));
  const standard = standardOf(c);
  if (!view.mayWrite) throw notFound('Siden');
  const latest = view.descriptions.find((d) => d.standardId === standard.id);
  return c.html(<WriteLocalDescriptionPage standard={standard} view={view} value={latest?.text ?? ''} issues={[]} />);
});

standardsRoutes.post('/standards/institutions/:id/descriptions/:standardId', async (c) => {
  const actor = requireActor(c);
  const form = await formData(c);
  const text = typeof form.text === 'string' ? form.text : '';
  return writeThenRedirect(c, () => writeLocalDescription(c.get('services'), actor, { providerId: c.req.param('id'), standardId: c.req.param('standardId'), text }), async (issues) => {
    const view = await listLocalDescriptions(c.get('services'), actor, c.req.param('id'));
    return <WriteLocalDescriptionPage standard={standardOf(c)} view={view} value={text} issues={issues} />;
  }, `/standards/institutions/${c.req.param('id')}/descriptions?saved=written`);
});

standardsRoutes.post('/standards/institutions/:id/descriptions/:descriptionId/approve', async (c) => {
  await approveLocalDescription(c.get('services'), requireActor(c), { providerId: c.req.param('id'), descriptionId: c.req.param('descriptionId') });
  return c.redirect(`/standards/institutions/${c.req.param('id')}/descriptions?saved=approved`, 303);
});
