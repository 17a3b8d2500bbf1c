// Consistency (issue 13): the area's start, and calibration rounds — the list, a new round (model
// first, then the form), one round with the answer, close and discussion forms, the case's files,
// and the history. Access is decided by the services.
import { Hono, type Context } from 'hono';
import type { WebEnv } from '../env.ts';
import { formData, formFiles, requireActor } from '../require-actor.ts';
import { formList, textFields, writeThenRedirect } from '../form-flow.ts';
import { csvResponse } from '../csv-response.ts';
import { listRounds } from '../../services/calibration/list-rounds.ts';
import { getRoundForm } from '../../services/calibration/get-round-form.ts';
import { createRound } from '../../services/calibration/create-round.ts';
import { getRound } from '../../services/calibration/get-round.ts';
import { answerRound } from '../../services/calibration/answer-round.ts';
import { closeRound } from '../../services/calibration/close-round.ts';
import { recordDiscussion } from '../../services/calibration/record-discussion.ts';
import { getRoundAttachment } from '../../services/calibration/get-attachment.ts';
import { getCalibrationHistory } from '../../services/calibration/get-calibration-history.ts';
import { listAuthorities } from '../../services/authorities/list-authorities.ts';
import { calibrationCreateAbilities, calibrationScope, placeAbilities, qualityReviewAbilities } from '../../services/policies/abilities.ts';
import { forbidden, type FieldIssue } from '../../services/service-error.ts';
import { ConsistencyHubPage } from '../views/consistency/consistency-hub-page.tsx';
import { NewRoundPage, RoundsPage } from '../views/consistency/rounds-page.tsx';
import { RoundPage } from '../views/consistency/round-page.tsx';
import { HistoryPage, historyTable } from '../views/consistency/history-page.tsx';

export const calibrationRoutes = new Hono<WebEnv>();

const BASE = '/consistency/calibration';

calibrationRoutes.get('/consistency', (c) => {
  const actor = requireActor(c);
  if (!placeAbilities(actor).consistency) throw forbidden();
  const scope = calibrationScope(actor);
  const review = qualityReviewAbilities(actor);
  return c.html(<ConsistencyHubPage links={{ rounds: scope !== null, history: scope !== null && scope.kind !== 'invited', review: review.drawFor !== null, feedback: review.ownFeedback, summaryByAuthority: review.summaryByAuthority }} />);
});

calibrationRoutes.get(BASE, async (c) => c.html(<RoundsPage list={await listRounds(c.get('services'), requireActor(c), { page: c.req.query('page') })} />));

calibrationRoutes.get(`${BASE}/new`, async (c) => {
  const form = await getRoundForm(c.get('services'), requireActor(c));
  return c.html(<NewRoundPage form={form} modelId={c.req.query('model') ?? null} issues={[]} values={{}} />);
});

calibrationRoutes.post(BASE, async (c) => {
  const actor = requireActor(c);
  if (!calibrationCreateAbilities(actor).create) throw forbidden();
  const form = await formData(c);
  const values = textFields(form);
  const input = { ...values, itemIds: formList(form, 'itemIds'), inviteeIds: formList(form, 'inviteeIds'), attachments: await formFiles(c, 'attachments') };
  let created = '';
  return writeThenRedirect(c, async () => {
    created = (await createRound(c.get('services'), actor, input)).id;
  }, async (issues) => <NewRoundPage form={await getRoundForm(c.get('services'), actor)} modelId={values.modelId ?? null} issues={issues} values={form} />, () => `${BASE}/${created}?saved=created`);
});

calibrationRoutes.get(`${BASE}/history`, async (c) => {
  const services = c.get('services');
  const [history, authorities] = await Promise.all([getCalibrationHistory(services, requireActor(c)), listAuthorities(services)]);
  return c.html(<HistoryPage history={history} names={Object.fromEntries(authorities.map((a) => [a.id, a.name]))} />);
});

calibrationRoutes.get(`${BASE}/history.csv`, async (c) => {
  const services = c.get('services');
  const [history, authorities] = await Promise.all([getCalibrationHistory(services, requireActor(c)), listAuthorities(services)]);
  const table = historyTable(history, Object.fromEntries(authorities.map((a) => [a.id, a.name])));
  return csvResponse(c, 'kalibrering-alfa', [table.head, ...table.rows]);
});

async function roundPage(c: Context<WebEnv>, issues: FieldIssue[], values: Record<string, string> | null) {
  const view = await getRound(c.get('services'), requireActor(c), c.req.param('id'));
  return <RoundPage view={view} issues={issues} values={values} saved={issues.length === 0 ? c.req.query('saved') ?? null : null} />;
}
const roundPath = (c: Context<WebEnv>, saved: string) => `${BASE}/${c.req.param('id')}?saved=${saved}`;

calibrationRoutes.get(`${BASE}/:id`, async (c) => c.html(await roundPage(c, [], null)));

calibrationRoutes.post(`${BASE}/:id/answers`, async (c) => {
  const values = textFields(await formData(c));
  const answers: Record<string, { value: string; reason: string }> = {};
  for (const [key, v] of Object.entries(values)) {
    const [field, itemId] = [key.slice(0, key.indexOf(':')), key.slice(key.indexOf(':') + 1)];
    if (!itemId || (field !== 'value' && field !== 'reason')) continue;
    const entry = (answers[itemId] ??= { value: '', reason: '' });
    entry[field] = v;
  }
  return writeThenRedirect(c, () => answerRound(c.get('services'), requireActor(c), { roundId: c.req.param('id'), answers }), (issues) => roundPage(c, issues, values), roundPath(c, 'answered'));
});

calibrationRoutes.post(`${BASE}/:id/close`, async (c) => {
  await closeRound(c.get('services'), requireActor(c), c.req.param('id'));
  return c.redirect(roundPath(c, 'closed'), 303);
});

calibrationRoutes.post(`${BASE}/:id/discussions`, async (c) => {
  const values = textFields(await formData(c));
  const itemId = values.itemId ?? '';
  const input = { roundId: c.req.param('id'), itemId, note: values[`note:${itemId}`] ?? '', agreedValue: values[`agreedValue:${itemId}`] ?? '' };
  return writeThenRedirect(c, () => recordDiscussion(c.get('services'), requireActor(c), input),
    (issues) => roundPage(c, issues.map((i) => (i.field === 'note' || i.field === 'agreedValue' ? { ...i, field: `${i.field}:${itemId}` } : i)), values), `${roundPath(c, 'discussed')}#result-${itemId}`);
});

calibrationRoutes.get(`${BASE}/:id/attachments/:attachmentId`, async (c) => {
  const file = await getRoundAttachment(c.get('services'), requireActor(c), c.req.param('id'), c.req.param('attachmentId'));
  return c.body(Buffer.from(file.data), 200, { 'Content-Type': file.type, 'Content-Disposition': `attachment; filename*=UTF-8''${encodeURIComponent(file.name)}` });
});
