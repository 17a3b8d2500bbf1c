// The front page: where a logged-in user starts, with the areas their navigation offers.
import type { Actor } from '../../../services/actor.ts';
import { Layout, navigationFor } from '../layout.tsx';

export function HomePage({ actor }: { actor: Actor }) {
  return (
    <Layout title="Forside">
      <h1>Velkommen, {actor.displayName}</h1>
      <ul>
        {navigationFor(actor).map(([label, href]) => <li><a href={href}>{label}</a></li>)}
      </ul>
    </Layout>
  );
}
