// The analytics area's own navigation: overview, consistency, special situations, annual figures.
const PAGES: [string, string][] = [
  ['/analytics', 'Oversigt'],
  ['/analytics/consistency', 'Score og tekst'],
  ['/analytics/situations', 'Særlige situationer'],
  ['/analytics/annual', 'Årstal'],
];

export function AnalyticsNav({ current }: { current: string }) {
  return (
    <nav aria-label="Analyse" class="analytics-nav">
      <ul class="nobullet-list analytics-nav__list">
        {PAGES.map(([href, label]) => (
          <li>{href === current ? <a href={href} aria-current="page" class="analytics-nav__current">{label}</a> : <a href={href}>{label}</a>}</li>
        ))}
      </ul>
    </nav>
  );
}
