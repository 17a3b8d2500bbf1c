// The start page is the user's work list (issue 12): per section a heading with its count and the
// first rows, each a link to where the work is done; the places of the menu below.
import { WORK_SECTION_LABEL } from '../../../core/labels.ts';
import type { Actor } from '../../../services/actor.ts';
import type { StartPage } from '../../../services/home/get-start-page.ts';
import { Layout, navigationFor } from '../layout.tsx';
import { Table } from '../components/table.tsx';

const LINKS = { analytics: ['Analyse af konsistens på tværs af socialtilsynene', '/analytics'], users: ['Brugeradministration', '/users'] } as const;

export function HomePage({ actor, start }: { actor: Actor; start: StartPage }) {
  return (
    <Layout title="Forside">
      <h1>Velkommen, {actor.displayName}</h1>
      {start.sections.length > 0 && (
        <>
          <h2>Det skal du</h2>
          <ul class="nobullet-list work-summary">
            {start.sections.map((s) => <li><a href={`#${s.key}`}>{WORK_SECTION_LABEL[s.key]}</a>: <strong>{s.count}</strong></li>)}
          </ul>
          {start.sections.map((s) => (
            <section aria-labelledby={s.key}>
              <h3 id={s.key}>{WORK_SECTION_LABEL[s.key]} ({s.count})</h3>
              {s.rows.length === 0 ? (s.count === 0 ? <p>Intet lige nu.</p> : null) : (
                <Table caption={`${WORK_SECTION_LABEL[s.key]}${s.count > s.rows.length ? `: de første ${s.rows.length} af ${s.count}` : ''}`}
                  head={['Hvad', 'Status']} rows={s.rows.map((r) => [<a href={r.href}>{r.label}</a>, r.detail])} />
              )}
              {s.more && <p><a href={s.more}>Se alle<span class="sr-only">: {WORK_SECTION_LABEL[s.key]}</span></a></p>}
            </section>
          ))}
        </>
      )}
      {start.links.length > 0 && (
        <ul>{start.links.map((l) => <li><a href={LINKS[l][1]}>{LINKS[l][0]}</a></li>)}</ul>
      )}
      <h2>Genveje</h2>
      <ul>
        {navigationFor(actor).map(([label, href]) => <li><a href={href}>{label}</a></li>)}
      </ul>
    </Layout>
  );
}
