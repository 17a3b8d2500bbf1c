// The regions' model (issue 11): the external evaluation — the region plans it, the assigned
// surveyors record findings and the report, the institution comments on the draft, the surveyors
// make it final, the region follows up on actions. Access is decided by the services.
import { Hono, type Context } from 'hono';
import type { WebEnv } from '../env.ts';
import { formData, requireActor } from '../require-actor.ts';
import { formList, textFields, writeThenRedirect } from '../form-flow.ts';
import {
  addEvaluationAction, commentOnDraft, completeEvaluationAction, finaliseEvaluation, getExternalEvaluation, getExternalEvaluations, planExternalEvaluation, recordFindings,
} from '../../services/standards/external-evaluation.ts';
import type { FieldIssue } from '../../services/service-error.ts';
import { ExternalEvaluationPage, ExternalEvaluationsPage } from '../views/standards/external-evaluation-page.tsx';

export const standardsEvaluationRoutes = new Hono<WebEnv>();

const LIST = '/standards/institutions/:id/external-evaluations';
const ONE = `${LIST}/:evaluationId`;
const ids = (c: Context<WebEnv>) => ({ providerId: c.req.param('id'), evaluationId: c.req.param('evaluationId') });
const onePath = (c: Context<WebEnv>, saved: string) => `/standards/institutions/${c.req.param('id')}/external-evaluations/${c.req.param('evaluationId')}?saved=${saved}`;

async function evaluationPage(c: Context<WebEnv>, issues: FieldIssue[], values: Record<string, string> | null) {
  const view = await getExternalEvaluation(c.get('services'), requireActor(c), ids(c));
  const saved = issues.length === 0 ? c.req.query('saved') ?? null : null;
  return <ExternalEvaluationPage {...view} issues={issues} values={values} saved={saved} />;
}

standardsEvaluationRoutes.get(LIST, async (c) => {
  const view = await getExternalEvaluations(c.get('services'), requireActor(c), c.req.param('id'));
  return c.html(<ExternalEvaluationsPage view={view} issues={[]} values={{}} />);
});

standardsEvaluationRoutes.post(LIST, async (c) => {
  const form = await formData(c);
  const surveyorIds = formList(form, 'surveyorIds');
  const providerId = c.req.param('id');
  let created = '';
  return writeThenRedirect(c, async () => {
    created = (await planExternalEvaluation(c.get('services'), requireActor(c), { providerId, plannedOn: form.plannedOn, surveyorIds })).id;
  }, async (issues) => {
    const view = await getExternalEvaluations(c.get('services'), requireActor(c), providerId);
    return <ExternalEvaluationsPage view={view} issues={issues} values={form} />;
  }, () => `/standards/institutions/${providerId}/external-evaluations/${created}?saved=planned`);
});

standardsEvaluationRoutes.get(ONE, async (c) => c.html(await evaluationPage(c, [], null)));

standardsEvaluationRoutes.post(`${ONE}/findings`, async (c) => {
  const values = textFields(await formData(c));
  const findings: Record<string, { finding?: string; justification: string }> = {};
  for (const [key, v] of Object.entries(values)) {
    const [field, standardId] = key.split(':');
    if (!standardId || (field !== 'finding' && field !== 'justification')) continue;
    const entry = (findings[standardId] ??= { justification: '' });
    if (field === 'finding') entry.finding = v === '' ? undefined : v;
    else entry.justification = v;
  }
  const send = values.intent === 'send';
  return writeThenRedirect(c, () => recordFindings(c.get('services'), requireActor(c), { ...ids(c), version: values.version, findings, report: values.report, send }),
    (issues) => evaluationPage(c, issues, values), onePath(c, send ? 'sent' : 'recorded'));
});

standardsEvaluationRoutes.post(`${ONE}/comment`, async (c) => {
  const values = textFields(await formData(c));
  return writeThenRedirect(c, () => commentOnDraft(c.get('services'), requireActor(c), { ...ids(c), comment: values.comment }), (issues) => evaluationPage(c, issues, values), onePath(c, 'commented'));
});

standardsEvaluationRoutes.post(`${ONE}/finalise`, async (c) => {
  await finaliseEvaluation(c.get('services'), requireActor(c), ids(c));
  return c.redirect(onePath(c, 'final'), 303);
});

standardsEvaluationRoutes.post(`${ONE}/actions`, async (c) => {
  const values = textFields(await formData(c));
  return writeThenRedirect(c, () => addEvaluationAction(c.get('services'), requireActor(c), { ...values, ...ids(c) }), (issues) => evaluationPage(c, issues, values), onePath(c, 'action'));
});

standardsEvaluationRoutes.post(`${ONE}/actions/:actionId/done`, async (c) => {
  await completeEvaluationAction(c.get('services'), requireActor(c), { ...ids(c), actionId: c.req.param('actionId') });
  return c.redirect(onePath(c, 'done'), 303);
});
