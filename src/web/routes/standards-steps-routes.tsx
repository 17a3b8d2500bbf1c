// The regions' model (issue 11): the steps of each standard with their evidence — guiding documents
// (files or links) and how they are known and used — and the examples the region's institutions share.
import { Hono, type Context } from 'hono';
import type { WebEnv } from '../env.ts';
import { formData, formFile, requireActor } from '../require-actor.ts';
import { notFound } from '../../services/service-error.ts';
import { textFields, writeThenRedirect } from '../form-flow.ts';
import { addGuidingDocument, addStepEvidence, getGuidingDocumentFile, getSteps, listGuidingExamples, setStepStatuses, type StepsView } from '../../services/standards/steps.ts';
import { NewDocumentPage, NewEvidencePage, StandardStepsPage, StepsPage } from '../views/standards/steps-page.tsx';
import { ExamplesPage } from '../views/standards/examples-page.tsx';

export const standardsStepsRoutes = new Hono<WebEnv>();

const steps = (c: Context<WebEnv>) => getSteps(c.get('services'), requireActor(c), c.req.param('id'));
const standardIn = (view: StepsView, c: Context<WebEnv>) => {
  const standard = view.model.standards.find((s) => s.id === c.req.param('standardId'));
  if (!standard) throw notFound('Standarden');
  return standard;
};
const SAVED = ['steps', 'document', 'evidence'] as const;

standardsStepsRoutes.get('/standards/examples', async (c) => {
  const { model, examples } = await listGuidingExamples(c.get('services'), requireActor(c));
  return c.html(<ExamplesPage model={model} examples={examples} />);
});

standardsStepsRoutes.get('/standards/documents/:documentId', async (c) => {
  const file = await getGuidingDocumentFile(c.get('services'), requireActor(c), c.req.param('documentId'));
  return c.body(Buffer.from(file.data), 200, {
    'Content-Type': file.type,
    'Content-Disposition': `attachment; filename*=UTF-8''${encodeURIComponent(file.name)}`,
  });
});

standardsStepsRoutes.get('/standards/institutions/:id/steps', async (c) => c.html(<StepsPage view={await steps(c)} />));

standardsStepsRoutes.get('/standards/institutions/:id/steps/:standardId', async (c) => {
  const view = await steps(c);
  return c.html(<StandardStepsPage view={view} standard={standardIn(view, c)} issues={[]} saved={SAVED.find((s) => s === c.req.query('saved')) ?? null} />);
});

standardsStepsRoutes.post('/standards/institutions/:id/steps/:standardId', async (c) => {
  const form = textFields(await formData(c));
  const statuses = Object.fromEntries(Object.entries(form).flatMap(([k, v]) => (k.startsWith('step-') ? [[k.slice('step-'.length), v]] : [])));
  const input = { providerId: c.req.param('id'), standardId: c.req.param('standardId'), statuses };
  return writeThenRedirect(c, () => setStepStatuses(c.get('services'), requireActor(c), input), async (issues) => {
    const view = await steps(c);
    return <StandardStepsPage view={view} standard={standardIn(view, c)} issues={issues} saved={null} />;
  }, `/standards/institutions/${input.providerId}/steps/${input.standardId}?saved=steps`);
});

const writablePage = async (c: Context<WebEnv>) => {
  const view = await steps(c);
  if (!view.mayWrite) throw notFound('Siden');
  return { view, standard: standardIn(view, c) };
};

standardsStepsRoutes.get('/standards/institutions/:id/steps/:standardId/documents/new', async (c) => {
  const { view, standard } = await writablePage(c);
  return c.html(<NewDocumentPage view={view} standard={standard} issues={[]} values={{}} />);
});

standardsStepsRoutes.post('/standards/institutions/:id/steps/:standardId/documents', async (c) => {
  const values = textFields(await formData(c));
  const input = { ...values, providerId: c.req.param('id'), standardId: c.req.param('standardId'), sharedAsExample: values.sharedAsExample === 'yes', file: await formFile(c, 'file') };
  return writeThenRedirect(c, () => addGuidingDocument(c.get('services'), requireActor(c), input), async (issues) => {
    const { view, standard } = await writablePage(c);
    return <NewDocumentPage view={view} standard={standard} issues={issues} values={values} />;
  }, `/standards/institutions/${input.providerId}/steps/${input.standardId}?saved=document`);
});

standardsStepsRoutes.get('/standards/institutions/:id/steps/:standardId/evidence/new', async (c) => {
  const { view, standard } = await writablePage(c);
  const step = Number(c.req.query('step') ?? 2);
  if (!view.model.steps.some((s) => s.number === step && s.number >= 2)) throw notFound('Trinnet');
  return c.html(<NewEvidencePage view={view} standard={standard} step={step} issues={[]} values={{}} />);
});

standardsStepsRoutes.post('/standards/institutions/:id/steps/:standardId/evidence', async (c) => {
  const values = textFields(await formData(c));
  const input = { ...values, providerId: c.req.param('id'), standardId: c.req.param('standardId') };
  return writeThenRedirect(c, () => addStepEvidence(c.get('services'), requireActor(c), input), async (issues) => {
    const { view, standard } = await writablePage(c);
    return <NewEvidencePage view={view} standard={standard} step={Number(values.step) || 2} issues={issues} values={values} />;
  }, `/standards/institutions/${input.providerId}/steps/${input.standardId}?saved=evidence`);
});
