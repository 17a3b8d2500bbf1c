// Inspection pages: the list, a new inspection, the overview with its forms (status, risk,
// visits and their outcome, follow-up data collection, decisions) and the audit trail.
// Every form posts to its own endpoint, which redirects back (303) or renders the overview
// again with the errors (400) or the conflict (409).
import { NewInspectionPage, OverviewPage, type FormKey, type FormState, type Values } from '../views/inspection/inspection-pages.tsx';
import { Hono, type Context } from 'hono';
import type { Phase } from '../../core/assessment/assessment-input.ts';
import type { Actor } from '../../services/actor.ts';
import { ServiceError, type FieldIssue } from '../../services/service-error.ts';
import { listInspections, listInspectionsSchema, type InspectionListItem } from '../../services/inspections/list-inspections.ts';
import { queryOptions } from '../request-options.ts';
import { AuditPage, ChooseInspectionTargetPage, InspectionListPage } from '../views/inspection/list-pages.tsx';
import { getInspection } from '../../services/inspections/get-inspection.ts';
import { getInspectionTarget } from '../../services/inspections/get-inspection-target.ts';
import { createInspection } from '../../services/inspections/create-inspection.ts';
import { updateInspectionStatus } from '../../services/inspections/update-inspection-status.ts';
import { changeRisk } from '../../services/inspections/change-risk.ts';
import { paged } from '../../services/list-paging.ts';
import { assignInspectors } from '../../services/inspections/assign-inspectors.ts';
import { formList, readOrIssues } from '../form-flow.ts';
import { addVisit } from '../../services/inspections/add-visit.ts';
import { setDeskBased } from '../../services/inspections/set-desk-based.ts';
import { addDesignWidening } from '../../services/inspections/add-design-widening.ts';
import { recordVisitOutcome } from '../../services/inspections/record-visit-outcome.ts';
import { addFollowUp } from '../../services/inspections/add-follow-up.ts';
import { recordDecision } from '../../services/inspections/record-decision.ts';
import { listInspectionAudit } from '../../services/inspections/list-inspection-audit.ts';
import { type InspectionStatus, type Risk } from '../../core/vocabulary.ts';
import type { WebEnv } from '../env.ts';
import { formData, requireActor } from '../require-actor.ts';

export const inspectionRoutes = new Hono<WebEnv>();

// ---- form plumbing --------------------------------------------------------------------------

const flatten = (form: Record<string, string | string[]>): Values =>
  Object.fromEntries(Object.entries(form).map(([k, v]) => [k, Array.isArray(v) ? (v[0] ?? '') : v]));

/** Service fields → form fields, where the form names them differently. */
const rename = (issues: FieldIssue[], names: Record<string, string>): FieldIssue[] => issues.map((i) => ({ ...i, field: names[i.field] ?? i.field }));

const optionalNumber = (s: string | undefined) => (s === undefined || s.trim() === '' ? null : Number(s));

/**
 * Runs a form's use case; on success back to the overview (303), on bad input or a conflict
 * the overview again with the user's input and the errors.
 */
async function handleOverviewForm(
  c: Context<WebEnv>,
  form: FormKey,
  anchor: string,
  names: Record<string, string>,
  run: (actor: Actor, values: Values, inspectionId: string) => Promise<unknown>,
) {
  const actor = requireActor(c);
  const inspectionId = c.req.param('id') ?? '';
  const values = flatten(await formData(c));
  try {
    await run(actor, values, inspectionId);
    return c.redirect(`/inspections/${encodeURIComponent(inspectionId)}#${anchor}`, 303);
  } catch (e) {
    if (!(e instanceof ServiceError) || (e.code !== 'invalid' && e.code !== 'conflict')) throw e;
    const services = c.get('services');
    const detail = await getInspection(services, actor, { inspectionId });
    const state: FormState = { form, values, issues: rename(e.fields, names), message: e.code === 'conflict' ? e.message : undefined };
    return c.html(
      <OverviewPage detail={detail} model={services.registry.get(detail.modelId)} state={state} />,
      e.code === 'invalid' ? 400 : 409,
    );
  }
}

// ---- list -----------------------------------------------------------------------------------

inspectionRoutes.get('/inspections', async (c) => {
  const actor = requireActor(c);
  const values = Object.fromEntries(Object.keys(listInspectionsSchema.shape).flatMap((k) => (c.req.query(k) ? [[k, c.req.query(k)!]] : [])));
  const { value: list, issues } = await readOrIssues(() => listInspections(c.get('services'), actor, queryOptions(c, listInspectionsSchema)), () => paged<InspectionListItem>([], 0, 1));
  // An unknown filter shows the error on the list page itself (200), as a filter form does.
  return c.html(<InspectionListPage list={list} values={values} issues={issues} />);
});

inspectionRoutes.get('/inspections/new', async (c) => {
  const actor = requireActor(c);
  const providerId = c.req.query('providerId');
  const fosterFamilyId = c.req.query('fosterFamilyId');
  if (!providerId && !fosterFamilyId) return c.html(<ChooseInspectionTargetPage />);
  const target = await getInspectionTarget(c.get('services'), actor, { providerId, fosterFamilyId });
  return c.html(<NewInspectionPage target={target} values={{}} issues={[]} />);
});

inspectionRoutes.post('/inspections', async (c) => {
  const actor = requireActor(c);
  const services = c.get('services');
  const values = flatten(await formData(c));
  const ref = { providerId: values.providerId || null, fosterFamilyId: values.fosterFamilyId || null };
  try {
    const created = await createInspection(services, actor, {
      ...ref,
      title: values.title ?? '',
      phase: (values.phase ?? '') as Phase,
      modelId: values.modelId || null,
      risk: (values.risk || null) as Risk | null,
    });
    return c.redirect(`/inspections/${created.id}`, 303);
  } catch (e) {
    if (!(e instanceof ServiceError) || e.code !== 'invalid') throw e;
    const target = await getInspectionTarget(services, actor, ref);
    return c.html(<NewInspectionPage target={target} values={values} issues={e.fields} />, 400);
  }
});

inspectionRoutes.get('/inspections/:id', async (c) => {
  const actor = requireActor(c);
  const services = c.get('services');
  const detail = await getInspection(services, actor, { inspectionId: c.req.param('id') });
  return c.html(<OverviewPage detail={detail} model={services.registry.get(detail.modelId)} />);
});

inspectionRoutes.post('/inspections/:id/status', (c) =>
  handleOverviewForm(c, 'status', 'status', { expectedVersion: 'status' }, (actor, v, inspectionId) =>
    updateInspectionStatus(c.get('services'), actor, { inspectionId, status: (v.status ?? '') as InspectionStatus, expectedVersion: optionalNumber(v.version) })));

inspectionRoutes.post('/inspections/:id/assign', async (c) => {
  const coInspectorIds = formList(await formData(c), 'coInspectorIds');
  return handleOverviewForm(c, 'assign', 'tilsynsfoerende', { expectedVersion: 'assign' }, (actor, v, inspectionId) =>
    assignInspectors(c.get('services'), actor, { inspectionId, leadInspectorId: v.leadInspectorId, coInspectorIds, plannedFrom: v.plannedFrom, plannedTo: v.plannedTo, expectedVersion: optionalNumber(v.version) }));
});

inspectionRoutes.post('/inspections/:id/risk', (c) =>
  handleOverviewForm(c, 'risk', 'risiko', { expectedVersion: 'risk' }, (actor, v, inspectionId) =>
    changeRisk(c.get('services'), actor, { inspectionId, risk: (v.risk ?? '') as Risk, reason: v.reason ?? '', expectedVersion: optionalNumber(v.version) })));

inspectionRoutes.post('/inspections/:id/visits', (c) =>
  handleOverviewForm(c, 'visit', 'besoeg', { note: 'visitNote' }, (actor, v, inspectionId) =>
    addVisit(c.get('services'), actor, { inspectionId, plannedOn: v.plannedOn ?? '', announced: v.announced === 'announced', note: v.visitNote ?? '' })));

inspectionRoutes.post('/inspections/:id/visits/:visitId/outcome', (c) => {
  const visitId = c.req.param('visitId');
  return handleOverviewForm(c, `outcome:${visitId}`, 'besoeg', { note: `outcomeNote-${visitId}` }, (actor, v, inspectionId) =>
    recordVisitOutcome(c.get('services'), actor, { inspectionId, visitId, outcome: (v.outcome ?? '') as 'held' | 'aborted', note: v.note ?? '' }));
});

inspectionRoutes.post('/inspections/:id/design-widenings', (c) =>
  handleOverviewForm(c, 'widening', 'udvidelse', { description: 'wideningDescription' }, (actor, v, inspectionId) =>
    addDesignWidening(c.get('services'), actor, { inspectionId, criterionId: v.criterionId ?? '', description: v.wideningDescription ?? '' })));

inspectionRoutes.post('/inspections/:id/desk-based', (c) =>
  handleOverviewForm(c, 'deskBased', 'skrivebordstilsyn', { reason: 'deskReason' }, (actor, v, inspectionId) =>
    setDeskBased(c.get('services'), actor, { inspectionId, deskBased: v.deskBased !== 'no', reason: v.deskReason ?? '', expectedVersion: optionalNumber(v.version) })));

inspectionRoutes.post('/inspections/:id/follow-ups', (c) =>
  handleOverviewForm(c, 'followUp', 'opfoelgning', { stepIndex: 'stepNumber', note: 'followUpNote' }, (actor, v, inspectionId) => {
    const stepNumber = optionalNumber(v.stepNumber);
    return addFollowUp(c.get('services'), actor, {
      inspectionId,
      markerId: v.markerId ?? '',
      stepIndex: stepNumber === null ? Number.NaN : stepNumber - 1,
      method: v.method ?? '',
      note: v.followUpNote ?? '',
      collectedOn: v.collectedOn ?? '',
    });
  }));

inspectionRoutes.post('/inspections/:id/decisions', (c) =>
  handleOverviewForm(c, 'decision', 'afgoerelser', { note: 'decisionNote' }, (actor, v, inspectionId) =>
    recordDecision(c.get('services'), actor, {
      inspectionId,
      kind: (v.kind ?? '') as never,
      deadline: v.deadline ?? '',
      endsOn: v.endsOn ?? '',
      note: v.decisionNote ?? '',
      // The use case refuses anything but yes or no with a field error.
      canMeetSoon: (v.canMeetSoon === 'yes' ? true : v.canMeetSoon === 'no' ? false : undefined) as boolean,
      basisReason: v.basisReason ?? '',
    })));

inspectionRoutes.get('/inspections/:id/audit', async (c) => {
  const actor = requireActor(c);
  return c.html(<AuditPage audit={await listInspectionAudit(c.get('services'), actor, { inspectionId: c.req.param('id'), page: c.req.query('page') })} />);
});
