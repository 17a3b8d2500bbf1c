// The HTML frame every page shares: doctype, lang="da", DKFDS assets, skip link, breadcrumbs,
// one main landmark and a footer. The logged-in layout and the public portal fill the header.
import type { Child } from 'hono/jsx';
import { raw } from 'hono/html';
import { isDemoInstallation } from './request-context.ts';
import { DEMO_BANNER } from '../../core/labels.ts';

export type PageFrameProps = {
  /** The document title, as the browser tab shows it. */
  documentTitle: string;
  /** The current page's name, last in the breadcrumb trail. */
  title: string;
  header: Child;
  /** Breadcrumb trail before the current page: [label, href]. */
  breadcrumbs?: [string, string][];
  footer: string;
  /** Progressive enhancement; pages work without it. */
  withScripts?: boolean;
  children?: Child;
};

export function PageFrame({ documentTitle, title, header, breadcrumbs, footer, withScripts, children }: PageFrameProps) {
  return (
    <>
      {raw('<!DOCTYPE html>')}
      <html lang="da">
        <head>
          <meta charset="utf-8" />
          <meta name="viewport" content="width=device-width, initial-scale=1" />
          <title>{documentTitle}</title>
          <link rel="stylesheet" href="/static/dkfds/css/dkfds.min.css" />
          <link rel="stylesheet" href="/static/app.css" />
          <link rel="icon" href="/favicon.ico" sizes="32x32" />
        </head>
        <body>
          <a class="skipnav" href="#main-content">Gå til sideindhold</a>
          {isDemoInstallation() && (
            <div class="demo-banner" role="note" aria-label="Demodata">
              <div class="container"><p><strong>{DEMO_BANNER}</strong></p></div>
            </div>
          )}
          <header class="header">{header}</header>
          <div class="container page-container">
            {breadcrumbs && breadcrumbs.length > 0 && (
              <nav class="breadcrumbs" aria-label="Brødkrumme">
                <ol class="breadcrumbs__list">
                  {breadcrumbs.map(([label, href]) => (
                    <li class="breadcrumbs__list-item"><a href={href} class="breadcrumbs__link">{label}</a></li>
                  ))}
                  <li class="breadcrumbs__list-item" aria-current="page">{title}</li>
                </ol>
              </nav>
            )}
            <main id="main-content" tabindex={-1}>
              {children}
            </main>
          </div>
          <footer>
            <div class="footer">
              <div class="container">
                <p>{footer}</p>
              </div>
            </div>
          </footer>
          {withScripts && <script src="/static/dkfds/js/dkfds.min.js" defer></script>}
          {withScripts && <script src="/static/app.js" defer></script>}
        </body>
      </html>
    </>
  );
}
