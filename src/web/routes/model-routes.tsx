// The quality models as reading pages (views/model) for every logged-in user.
import { Hono } from 'hono';
import type { WebEnv } from '../env.ts';
import { formData, formFile, requireActor } from '../require-actor.ts';
import { textFields, writeThenRedirect } from '../form-flow.ts';
import { activateCatalogVersion, getPendingCatalogVersion, listCatalogVersions, uploadCatalogVersion } from '../../services/models/catalog-versions.ts';
import { CatalogVersionsPage, PendingCatalogVersionPage } from '../views/model/catalog-versions-page.tsx';
import { notFound } from '../../services/service-error.ts';
import { catalogAbilities } from '../../services/policies/abilities.ts';
import { ModelListPage, ModelPage } from '../views/model/model-pages.tsx';

export const modelRoutes = new Hono<WebEnv>();

modelRoutes.get('/models', (c) => {
  requireActor(c);
  return c.html(<ModelListPage models={c.get('services').registry.list()} />);
});

modelRoutes.get('/models/:id', (c) => {
  const actor = requireActor(c);
  const model = c.get('services').registry.get(c.req.param('id'));
  if (!model) throw notFound('Modellen');
  return c.html(<ModelPage model={model} mayReadVersions={catalogAbilities(actor).read} />);
});

const VERSIONS = '/models/:id/versions';

modelRoutes.get(VERSIONS, async (c) => {
  const view = await listCatalogVersions(c.get('services'), requireActor(c), c.req.param('id'));
  return c.html(<CatalogVersionsPage view={view} issues={[]} values={{}} activated={c.req.query('activated') === '1'} />);
});

modelRoutes.post(VERSIONS, async (c) => {
  const values = textFields(await formData(c));
  const file = await formFile(c, 'file');
  const input = { modelId: c.req.param('id'), activeFrom: values.activeFrom, fileName: file?.name, source: file ? new TextDecoder().decode(file.data) : undefined };
  let id = '';
  return writeThenRedirect(c, async () => {
    id = (await uploadCatalogVersion(c.get('services'), requireActor(c), input)).id;
  }, async (issues) => {
    const view = await listCatalogVersions(c.get('services'), requireActor(c), c.req.param('id'));
    return <CatalogVersionsPage view={view} issues={issues} values={values} activated={false} />;
  }, () => `/models/${c.req.param('id')}/versions/${id}`);
});

modelRoutes.get(`${VERSIONS}/:versionId`, async (c) => {
  const pending = await getPendingCatalogVersion(c.get('services'), requireActor(c), { modelId: c.req.param('id'), id: c.req.param('versionId') });
  return c.html(<PendingCatalogVersionPage pending={pending} />);
});

modelRoutes.post(`${VERSIONS}/:versionId/activate`, async (c) => {
  await activateCatalogVersion(c.get('services'), requireActor(c), { modelId: c.req.param('id'), id: c.req.param('versionId') });
  return c.redirect(`/models/${c.req.param('id')}/versions?activated=1`, 303);
});
