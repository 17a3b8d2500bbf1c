// The consistency area (issue 13, seed 001): calibration rounds between inspectors and the sampled
// quality review of final reports, each offered as the actor's abilities allow.
import { Layout } from '../layout.tsx';

export type ConsistencyLinks = { rounds: boolean; history: boolean; review: boolean; feedback: boolean; summaryByAuthority: boolean };

export function ConsistencyHubPage({ links }: { links: ConsistencyLinks }) {
  return (
    <Layout title="Ensartethed">
      <h1>Ensartethed</h1>
      <p>Kalibrering mellem tilsynskonsulenter og ledelsestilsyn med tilsynsrapporter gør det målbart, om kvalitetsmodellerne bruges ensartet.</p>
      <ul class="nobullet-list">
        {links.rounds && <li><a href="/consistency/calibration">Kalibreringsrunder</a> – samme sag bedømt af flere tilsynskonsulenter hver for sig</li>}
        {links.history && <li><a href="/consistency/calibration/history">Enighed over tid</a> – Krippendorffs alfa pr. runde, socialtilsyn og punkt</li>}
        {links.review && <li><a href="/consistency/quality-review">Ledelsestilsyn</a> – stikprøver af afsluttede rapporter gennemgået efter en tjekliste</li>}
        {links.feedback && <li><a href="/consistency/quality-review/feedback">Tilbagemeldinger på mine rapporter</a></li>}
        {links.summaryByAuthority && <li><a href="/consistency/quality-review/authorities">Ledelsestilsyn pr. socialtilsyn</a></li>}
      </ul>
    </Layout>
  );
}
