// The regions' model (issue 11): user and relative surveys (import from CSV, trends) and the
// competence development plan. Access is decided by the services.
import { Hono, type Context } from 'hono';
import type { WebEnv } from '../env.ts';
import { formData, formFile, requireActor } from '../require-actor.ts';
import { formList, textFields, writeThenRedirect } from '../form-flow.ts';
import { csvResponse } from '../csv-response.ts';
import { SURVEY_AUDIENCES } from '../../core/vocabulary.ts';
import { notFound } from '../../services/service-error.ts';
import { getSurveys, importSurveyRound } from '../../services/standards/surveys.ts';
import { addCompetenceModule, getCompetencePlan, recordCompletion } from '../../services/standards/competence-plan.ts';
import { surveyTable, SurveysPage } from '../views/standards/surveys-page.tsx';
import { CompetenceModulePage, CompetencePlanPage } from '../views/standards/competence-page.tsx';

export const standardsDevelopmentRoutes = new Hono<WebEnv>();

const SURVEYS = '/standards/institutions/:id/surveys';
const COMPETENCE = '/standards/institutions/:id/competence';
const surveys = (c: Context<WebEnv>) => getSurveys(c.get('services'), requireActor(c), c.req.param('id'));
const plan = (c: Context<WebEnv>) => getCompetencePlan(c.get('services'), requireActor(c), c.req.param('id'));

standardsDevelopmentRoutes.get(SURVEYS, async (c) => c.html(<SurveysPage view={await surveys(c)} issues={[]} values={{}} saved={c.req.query('saved') === 'round'} />));

standardsDevelopmentRoutes.get(`${SURVEYS}/:file{[a-z]+\\.csv}`, async (c) => {
  const audience = SURVEY_AUDIENCES.find((a) => `${a}.csv` === c.req.param('file'));
  if (!audience) throw notFound('Filen');
  const data = surveyTable(await surveys(c), audience);
  return csvResponse(c, `undersoegelse-${audience}`, [data.head, ...data.rows]);
});

standardsDevelopmentRoutes.post(SURVEYS, async (c) => {
  const values = textFields(await formData(c));
  const file = await formFile(c, 'csv');
  const csv = file ? new TextDecoder('utf-8', { fatal: false }).decode(file.data) : undefined;
  return writeThenRedirect(c, () => importSurveyRound(c.get('services'), requireActor(c), { ...values, providerId: c.req.param('id'), csv }),
    async (issues) => <SurveysPage view={await surveys(c)} issues={issues} values={values} saved={false} />, `/standards/institutions/${c.req.param('id')}/surveys?saved=round`);
});

standardsDevelopmentRoutes.get(COMPETENCE, async (c) => {
  const saved = ['module', 'completion'].find((s) => s === c.req.query('saved')) ?? null;
  return c.html(<CompetencePlanPage view={await plan(c)} issues={[]} values={{}} saved={saved} />);
});

standardsDevelopmentRoutes.post(COMPETENCE, async (c) => {
  const values = textFields(await formData(c));
  return writeThenRedirect(c, () => addCompetenceModule(c.get('services'), requireActor(c), { ...values, providerId: c.req.param('id') }),
    async (issues) => <CompetencePlanPage view={await plan(c)} issues={issues} values={values} saved={null} />, `/standards/institutions/${c.req.param('id')}/competence?saved=module`);
});

const moduleOf = async (c: Context<WebEnv>) => {
  const view = await plan(c);
  const module = view.modules.find((m) => m.id === c.req.param('moduleId'));
  if (!module) throw notFound('Modulet');
  return { view, module };
};

standardsDevelopmentRoutes.get(`${COMPETENCE}/:moduleId`, async (c) => {
  const { view, module } = await moduleOf(c);
  return c.html(<CompetenceModulePage view={view} module={module} issues={[]} />);
});

standardsDevelopmentRoutes.post(`${COMPETENCE}/:moduleId`, async (c) => {
  const form = await formData(c);
  const input = { providerId: c.req.param('id'), moduleId: c.req.param('moduleId'), participantIds: formList(form, 'participantIds'), completedOn: form.completedOn };
  return writeThenRedirect(c, () => recordCompletion(c.get('services'), requireActor(c), input), async (issues) => {
    const { view, module } = await moduleOf(c);
    return <CompetenceModulePage view={view} module={module} issues={issues} />;
  }, `/standards/institutions/${input.providerId}/competence?saved=completion`);
});
