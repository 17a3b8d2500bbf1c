// The frame of the public portal (Tilbudsportalen): no login, no role navigation. DKFDS
// assets, a skip link, lang="da"; every page has exactly one h1 of its own. No JavaScript.
import type { Child } from 'hono/jsx';
import { raw } from 'hono/html';

export const PORTAL_TITLE = 'Tilbudsportalen – offentlige tilsynsvurderinger';

export type PortalLayoutProps = {
  title: string;
  /** Breadcrumb trail before the current page: [label, href]. */
  breadcrumbs?: [string, string][];
  children?: Child;
};

export function PortalLayout({ title, breadcrumbs, children }: PortalLayoutProps) {
  return (
    <>
      {raw('<!DOCTYPE html>')}
      <html lang="da">
        <head>
          <meta charset="utf-8" />
          <meta name="viewport" content="width=device-width, initial-scale=1" />
          <title>{`${title} – Tilbudsportalen`}</title>
          <link rel="stylesheet" href="/static/dkfds/css/dkfds.min.css" />
          <link rel="stylesheet" href="/static/app.css" />
        </head>
        <body>
          <a class="skipnav" href="#main-content">Gå til sideindhold</a>
          <header class="header">
            <div class="portal-header">
              <div class="container portal-header-inner">
                <a href="/portal" class="logo"><span>{PORTAL_TITLE}</span></a>
              </div>
            </div>
            <nav class="navigation-menu" aria-label="Tilbudsportalen">
              <div class="container">
                <ul class="navigation-menu-inner">
                  <li><a class="nav-link" href="/portal"><span>Søg tilbud</span></a></li>
                  <li><a class="nav-link" href="/portal/open-data"><span>Åbne data</span></a></li>
                </ul>
              </div>
            </nav>
          </header>
          <div class="container page-container">
            {breadcrumbs && breadcrumbs.length > 0 && (
              <nav aria-label="Brødkrumme">
                <ul class="breadcrumbs">
                  {breadcrumbs.map(([label, href]) => (
                    <li class="breadcrumbs__list-item"><a href={href} class="breadcrumbs__link">{label}</a></li>
                  ))}
                  <li class="breadcrumbs__list-item" aria-current="page">{title}</li>
                </ul>
              </nav>
            )}
            <main id="main-content" tabindex={-1}>
              {children}
            </main>
          </div>
          <footer>
            <div class="footer">
              <div class="container">
                <p>Tilbudsportalen viser socialtilsynenes offentliggjorte vurderinger af tilbud. Fiktive demodata.</p>
              </div>
            </div>
          </footer>
        </body>
      </html>
    </>
  );
}

/** A published text: paragraphs at blank lines, line breaks kept. */
export function PublishedText({ text }: { text: string }) {
  const paragraphs = text.split(/\r?\n\s*\r?\n/).map((p) => p.trim()).filter(Boolean);
  return (
    <>
      {paragraphs.map((p) => {
        const lines = p.split(/\r?\n/);
        return <p>{lines.map((line, i) => (i === 0 ? line : <><br />{line}</>))}</p>;
      })}
    </>
  );
}
