// Assessment pages: the overview, one page per theme, the economy, and the carried-forward note
// for a foster family without a child in care. `?departmentId=` selects a department's assessment.
// Saving never waits for the engine to be satisfied; its findings are shown where they belong.
import { assertNever } from '../../core/assert-never.ts';
import { KIND_VIEW } from '../views/assessment/kind-view.ts';
import { themeFormFields, themeFormPatch, themeOf } from '../views/assessment/theme-form.ts';
import { Hono, type Context } from 'hono';
import type { BinaryTheme } from '../../core/kinds/binary/catalog.ts';
import type { ScoredTheme } from '../../core/kinds/scored/catalog.ts';
import { economyOf } from '../../core/assessment/stored-data.ts';
import { criterionFeedback, visibleFindings } from '../../core/assessment/feedback.ts';
import { evaluateDraft } from '../../services/assessments/evaluate-draft.ts';
import { getAssessment, type AssessmentView } from '../../services/assessments/get-assessment.ts';
import { listDepartmentAssessments } from '../../services/assessments/list-department-assessments.ts';
import { saveAssessment } from '../../services/assessments/save-assessment.ts';
import { ServiceError } from '../../services/service-error.ts';
import type { WebEnv } from '../env.ts';
import { formData, requireActor } from '../require-actor.ts';
import {
  conclusionPatch,
  economyFields,
  economyPatch,
  first,
  postedVersion,
  type Fields,
} from '../views/assessment/assessment-form.ts';
import { BinaryThemePage } from '../views/assessment/binary-theme-page.tsx';
import { EconomyPage } from '../views/assessment/economy-page.tsx';
import { OverviewPage } from '../views/assessment/overview-page.tsx';
import { assessmentHref, criterionAnchor } from '../views/assessment/parts.tsx';
import { ScoredThemePage } from '../views/assessment/scored-theme-page.tsx';

export const assessmentRoutes = new Hono<WebEnv>();

type C = Context<WebEnv>;

const departmentOf = (c: C) => c.req.query('departmentId') || undefined;
const isRefusal = (e: unknown): e is ServiceError => e instanceof ServiceError && (e.code === 'conflict' || e.code === 'invalid');

async function loadView(c: C): Promise<AssessmentView> {
  return getAssessment(c.get('services'), requireActor(c), { inspectionId: c.req.param('id')!, departmentId: departmentOf(c) });
}

function findTheme(view: AssessmentView, themeId: string) {
  const theme = view.model.themes.find((t) => t.id === themeId);
  if (!theme) throw new ServiceError('not_found', 'Temaet findes ikke i kvalitetsmodellen.');
  return theme;
}

async function departmentResults(c: C, view: AssessmentView) {
  if (view.entity.kind !== 'provider' || view.entity.departments.length === 0 || view.department) return null;
  return listDepartmentAssessments(c.get('services'), requireActor(c), { providerId: view.entity.id, inspectionId: view.inspection.id });
}

// The overview.
assessmentRoutes.get('/inspections/:id/assessment', async (c) => {
  const view = await loadView(c);
  return c.html(
    <OverviewPage view={view} departments={await departmentResults(c, view)} saved={c.req.query('gemt') === '1'}
      />,
  );
});

// The carried-forward note: confirm or revise a foster family's previous assessment.
assessmentRoutes.post('/inspections/:id/assessment/carried-forward', async (c) => {
  const actor = requireActor(c);
  const fields = await formData(c);
  const inspectionId = c.req.param('id');
  const confirmed = first(fields, 'decision') === 'confirm';
  const note = first(fields, 'carriedForward:note') ?? '';
  try {
    await saveAssessment(c.get('services'), actor, {
      inspectionId,
      expectedVersion: postedVersion(fields),
      patch: { carriedForward: { confirmed, note } },
    });
    return c.redirect(assessmentHref(inspectionId, null, '', '#carried-forward', { gemt: '1' }), 303);
  } catch (e) {
    if (!isRefusal(e)) throw e;
    const view = await getAssessment(c.get('services'), actor, { inspectionId });
    return c.html(
      <OverviewPage view={view} departments={await departmentResults(c, view)}
        carriedForward={{ fields, issues: e.fields, conflict: e.code === 'conflict' ? e.message : undefined }} />,
      e.code === 'conflict' ? 409 : 400,
    );
  }
});

function themeFields(view: AssessmentView, theme: BinaryTheme | ScoredTheme): Fields {
  return themeFormFields(view, theme.id);
}

function themePatch(view: AssessmentView, theme: BinaryTheme | ScoredTheme, fields: Fields) {
  return themeFormPatch(view, theme.id, fields);
}

type ThemeRender = Pick<Parameters<typeof BinaryThemePage>[0], 'fields' | 'evaluation' | 'feedback' | 'issues' | 'conflict' | 'stored' | 'saved'>;

function renderTheme(c: C, view: AssessmentView, theme: BinaryTheme | ScoredTheme, r: ThemeRender) {
  const common = { view, ...r };
  const model = view.model;
  switch (model.kind) {
    case 'binary':
      return <BinaryThemePage {...common} model={model} theme={themeOf(model, theme.id)} />;
    case 'scored':
      return <ScoredThemePage {...common} model={model} theme={themeOf(model, theme.id)} />;
    default:
      return assertNever(model);
  }
}

// One theme.
assessmentRoutes.get('/inspections/:id/assessment/themes/:themeId', async (c) => {
  const view = await loadView(c);
  const theme = findTheme(view, c.req.param('themeId'));
  return c.html(renderTheme(c, view, theme, {
    fields: themeFields(view, theme),
    evaluation: view.evaluation,
    feedback: view.feedback,
    issues: [],
    saved: c.req.query('gemt') === '1',
  }));
});

assessmentRoutes.post('/inspections/:id/assessment/themes/:themeId', async (c) => {
  const actor = requireActor(c);
  const fields = await formData(c);
  const view = await loadView(c);
  const theme = findTheme(view, c.req.param('themeId'));
  const patch = themePatch(view, theme, fields);
  const services = c.get('services');
  const base = { inspectionId: view.inspection.id, departmentId: view.department?.id };
  try {
    const saved = await saveAssessment(services, actor, { ...base, expectedVersion: postedVersion(fields), patch });
    const criteria: { id: string }[] = theme.criteria;
    const withError = criteria.find((cr) => visibleFindings(criterionFeedback(saved.feedback, cr.id)).errors.length > 0) ?? criteria[0]!;
    return c.redirect(assessmentHref(view.inspection.id, view.department?.id, `/themes/${encodeURIComponent(theme.id)}`, `#${criterionAnchor(withError.id)}`, { gemt: '1' }), 303);
  } catch (e) {
    if (!isRefusal(e)) throw e;
    if (e.code === 'conflict') {
      const draft = await evaluateDraft(services, actor, { ...base, patch });
      return c.html(renderTheme(c, view, theme, {
        fields,
        evaluation: draft.evaluation,
        feedback: draft.feedback,
        issues: [],
        conflict: e.message,
        stored: themeFields(view, theme),
      }), 409);
    }
    return c.html(renderTheme(c, view, theme, { fields, evaluation: view.evaluation, feedback: view.feedback, issues: e.fields }), 400);
  }
});

// The economy (the provider or foster family as a whole).
function requireEconomyPage(view: AssessmentView) {
  if (!KIND_VIEW[view.model.kind].economyPage) throw new ServiceError('not_found', 'Denne kvalitetsmodel vurderer ikke økonomien på en særskilt side.');
}

assessmentRoutes.get('/inspections/:id/assessment/economy', async (c) => {
  const view = await loadView(c);
  requireEconomyPage(view);
  return c.html(
    <EconomyPage view={view} fields={economyFields(economyOf(view.model, view.assessment.data))} evaluation={view.evaluation}
      findings={view.feedback.economy} issues={[]} saved={c.req.query('gemt') === '1'} />,
  );
});

assessmentRoutes.post('/inspections/:id/assessment/economy', async (c) => {
  const actor = requireActor(c);
  const fields = await formData(c);
  const view = await loadView(c);
  requireEconomyPage(view);
  const patch = economyPatch(fields);
  const services = c.get('services');
  const base = { inspectionId: view.inspection.id, departmentId: view.department?.id };
  try {
    await saveAssessment(services, actor, { ...base, expectedVersion: postedVersion(fields), patch });
    return c.redirect(assessmentHref(view.inspection.id, view.department?.id, '/economy', '', { gemt: '1' }), 303);
  } catch (e) {
    if (!isRefusal(e)) throw e;
    const props = { view, fields };
    if (e.code === 'conflict') {
      const draft = await evaluateDraft(services, actor, { ...base, patch });
      return c.html(
        <EconomyPage {...props} evaluation={draft.evaluation} findings={draft.feedback.economy} issues={[]} conflict={e.message}
          stored={economyFields(economyOf(view.model, view.assessment.data))} />,
        409,
      );
    }
    return c.html(<EconomyPage {...props} evaluation={view.evaluation} findings={view.feedback.economy} issues={e.fields} />, 400);
  }
});

// The scored model's conclusion on sufficient quality (the provider as a whole), on the overview.
assessmentRoutes.post('/inspections/:id/assessment/conclusion', async (c) => {
  const actor = requireActor(c);
  const fields = await formData(c);
  const view = await loadView(c);
  if (!KIND_VIEW[view.model.kind].explicitConclusion) throw new ServiceError('not_found', 'Denne kvalitetsmodel konkluderer ud fra kriterierne, ikke ved et særskilt svar.');
  try {
    await saveAssessment(c.get('services'), actor, { inspectionId: view.inspection.id, departmentId: view.department?.id, expectedVersion: postedVersion(fields), patch: conclusionPatch(fields) });
    return c.redirect(assessmentHref(view.inspection.id, view.department?.id, '', '#konklusion', { gemt: '1' }), 303);
  } catch (e) {
    if (!isRefusal(e)) throw e;
    return c.html(<OverviewPage view={view} departments={await departmentResults(c, view)} conclusion={{ fields, issues: e.fields, conflict: e.code === 'conflict' ? e.message : undefined }} />, e.code === 'conflict' ? 409 : 400);
  }
});
