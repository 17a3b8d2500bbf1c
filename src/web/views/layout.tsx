// The page frame: DKFDS header, navigation by role, skip link, main content, footer.
import { Csrf } from './forms.tsx';
import { currentActor, currentPath, unreadNotifications, currentOrganisation } from './request-context.ts';
import { placeAbilities, type PlaceAbilities } from '../../services/policies/abilities.ts';
import type { Child } from 'hono/jsx';
import { PageFrame } from './page-frame.tsx';
import type { Actor } from '../../services/actor.ts';
import { ROLE_LABEL } from '../../core/labels.ts';

export type LayoutProps = {
  title: string;
  /** Breadcrumb trail before the current page: [label, href]. */
  breadcrumbs?: [string, string][];
  children?: Child;
};

/** The main menu, in this order: each user sees the places their abilities open. */
const PLACES: [keyof PlaceAbilities, string, string][] = [
  ['municipalityConclusions', 'Plejefamiliers konklusioner', '/municipality/foster-families'],
  ['inspections', 'Tilsyn', '/inspections'],
  ['providers', 'Tilbud', '/providers'],
  ['fosterFamilies', 'Plejefamilier', '/foster-families'],
  ['reports', 'Rapporter', '/reports'],
  ['hearings', 'Høring', '/reports/hearing'],
  ['models', 'Kvalitetsmodeller', '/models'],
  ['analytics', 'Analyse', '/analytics'],
  ['consistency', 'Ensartethed', '/consistency'],
  ['standards', 'Kvalitetsmodel for institutioner', '/standards'],
  ['portal', 'Tilbudsportalen', '/portal'],
  ['users', 'Brugere', '/users'],
];

export function navigationFor(actor: Actor): [string, string][] {
  const places = placeAbilities(actor);
  return PLACES.filter(([ability]) => places[ability]).map(([, label, href]): [string, string] => [label, href]);
}

export function Layout({ title, breadcrumbs, children }: LayoutProps) {
  const actor = currentActor();
  const unread = unreadNotifications();
  const organisation = currentOrganisation();
  const places = actor ? navigationFor(actor) : [];
  // The current place: the menu entry whose address the page's path starts with (the longest).
  const path = currentPath();
  const current = places.map(([, href]) => href).filter((href) => path === href || path.startsWith(`${href}/`)).sort((a, b) => b.length - a.length)[0];
  return (
    <PageFrame
      documentTitle={`${title} – tilsyn`}
      title={title}
      breadcrumbs={breadcrumbs}
      footer="tilsyn – kvalitetsarbejde i socialtilsynet."
      withScripts
      header={
        <>
            <div class="portal-header">
              <div class="container portal-header-inner">
                <a href="/" class="logo" aria-label="tilsyn – forside"><span>tilsyn</span></a>
                {actor ? (
                  <div class="portal-info">
                    <p class="user">
                      <span class="weight-semibold">{actor.displayName}</span> <span>({ROLE_LABEL[actor.role]}{organisation ? `, ${organisation}` : ''})</span>
                    </p>
                    <a href="/notifications" class="button button-tertiary">Notifikationer{unread > 0 ? <> <span class="notification-count">{unread}</span><span class="sr-only"> ulæste</span></> : null}</a>
                    <a href="/account/password" class="button button-tertiary">Skift adgangskode</a>
                    <form method="post" action="/logout" class="d-inline">
                      <Csrf />
                      <button type="submit" class="button button-secondary">Log af</button>
                    </form>
                  </div>
                ) : (
                  <div class="portal-info">
                    <a href="/login" class="button button-secondary">Log ind</a>
                  </div>
                )}
              </div>
            </div>
            {actor && (
              <nav class="navigation-menu" id="main-menu" aria-label="Hovedmenu">
                <div class="navigation-menu-inner container">
                  <ul class="mainmenu">
                    {places.map(([label, href]) => (
                      <li><a class={`nav-link${href === current ? ' current' : ''}`} href={href} aria-current={href === current ? 'page' : undefined}><span>{label}</span></a></li>
                    ))}
                  </ul>
                </div>
              </nav>
            )}
        </>
      }
    >
      {children}
    </PageFrame>
  );
}
