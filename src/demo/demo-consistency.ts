// Issue 13 in the demo: a closed calibration round in Nord with its results and a discussion, an open
// round across Nord and Syd waiting for answers, and Nord's manager's sample of final reports with
// one report reviewed — made through the use cases themselves, as the users would.
import { eq } from 'drizzle-orm';
import { addDays, todayInDenmark } from '../core/calendar.ts';
import { CHECKLIST_POINT_IDS } from '../core/quality-review/checklist.ts';
import { users } from '../storage/schema.ts';
import { toActor } from '../services/auth/sessions.ts';
import type { Actor } from '../services/actor.ts';
import type { ServiceContext } from '../services/context.ts';
import { createRound } from '../services/calibration/create-round.ts';
import { answerRound } from '../services/calibration/answer-round.ts';
import { closeRound } from '../services/calibration/close-round.ts';
import { recordDiscussion } from '../services/calibration/record-discussion.ts';
import { drawReviewSample } from '../services/quality-review/draw-review-sample.ts';
import { getReviewSample } from '../services/quality-review/get-review-sample.ts';
import { saveReportReview } from '../services/quality-review/save-report-review.ts';

const CASE = 'Et bosted for unge med udviklingshæmning. Fire af seks unge går i skole eller har fritidsjob; handleplanernes mål følges op ved månedlige samtaler, men to planer er ikke opdateret i år. Personalet beskriver en fast dagstruktur, som de unge kender.';

export async function seedConsistencyDemo(services: ServiceContext): Promise<void> {
  const actor = async (username: string): Promise<Actor> => {
    const [row] = await services.db.select().from(users).where(eq(users.username, username));
    if (!row) throw new Error(`demo: brugeren ${username} mangler`);
    return toActor(row, null);
  };
  const [leader, nord, nord2, syd, syd2, auditor] = await Promise.all(['leder-nord', 'inspektoer-nord', 'inspektoer2-nord', 'inspektoer-syd', 'inspektoer2-syd', 'revisor'].map(actor));
  const deadline = addDays(todayInDenmark(services.now()), 30);
  const items = ['1.a', '1.b', '2.a'];

  const closed = await createRound(services, leader!, { title: 'Kalibrering: uddannelse og selvstændighed', modelId: 'tilbud-2017', itemIds: items, caseText: CASE, deadline, inviteeIds: [nord!.id, nord2!.id] });
  await answerRound(services, nord!, { roundId: closed.id, answers: { '1.a': { value: '4', reason: 'Mål følges op månedligt.' }, '1.b': { value: '4', reason: 'De fleste er i skole eller job.' }, '2.a': { value: '3', reason: 'To planer er ikke opdateret.' } } });
  await answerRound(services, nord2!, { roundId: closed.id, answers: { '1.a': { value: '3', reason: 'Opfølgningen er ikke dokumenteret for alle.' }, '1.b': { value: '4', reason: 'Fire af seks er i gang.' }, '2.a': { value: '3', reason: 'Planerne halter.' } } });
  await closeRound(services, leader!, closed.id);
  await recordDiscussion(services, leader!, { roundId: closed.id, itemId: '1.a', note: 'Drøftet på teammødet: manglende dokumentation af opfølgning trækker ned.', agreedValue: '3' });

  await createRound(services, auditor!, { title: 'Tværgående kalibrering: selvstændighed og relationer', modelId: 'tilbud-2017', itemIds: items, caseText: CASE, deadline, inviteeIds: [nord!.id, nord2!.id, syd!.id, syd2!.id] });

  const sample = await drawReviewSample(services, leader!, { periodFrom: '2020-01-01', periodTo: todayInDenmark(services.now()), size: 3, strata: ['inspector'], seed: 2026 });
  const [first] = (await getReviewSample(services, leader!, sample.id)).reports;
  if (first) {
    const points = Object.fromEntries(CHECKLIST_POINT_IDS.map((id) => [id, { met: 'met', comment: '' }]));
    await saveReportReview(services, leader!, { sampleId: sample.id, versionId: first.versionId, points: { ...points, depth_fits_risk: { met: 'not_met', comment: 'Temavurderingerne er korte set i forhold til den gule risikovurdering.' } }, summary: 'Klar samlet vurdering; fold temavurderingerne mere ud, når risikoen er gul.' });
  }
}
