// The frame of the public portal (Tilbudsportalen): no login, no role navigation. DKFDS
// assets, a skip link, lang="da"; every page has exactly one h1 of its own. No JavaScript.
import type { Child } from 'hono/jsx';
import { PageFrame } from '../page-frame.tsx';

export const PORTAL_TITLE = 'Tilbudsportalen – offentlige tilsynsvurderinger';

export type PortalLayoutProps = {
  title: string;
  /** Breadcrumb trail before the current page: [label, href]. */
  breadcrumbs?: [string, string][];
  children?: Child;
};

export function PortalLayout({ title, breadcrumbs, children }: PortalLayoutProps) {
  return (
    <PageFrame
      documentTitle={`${title} – Tilbudsportalen`}
      title={title}
      breadcrumbs={breadcrumbs}
      footer="Tilbudsportalen viser socialtilsynenes offentliggjorte vurderinger af tilbud."
      header={
        <>
          <div class="portal-header">
            <div class="container portal-header-inner">
              <a href="/portal" class="logo"><span>{PORTAL_TITLE}</span></a>
            </div>
          </div>
          <nav class="navigation-menu" aria-label="Tilbudsportalen">
            <div class="navigation-menu-inner container">
              <ul class="mainmenu">
                <li><a class="nav-link" href="/portal"><span>Søg tilbud</span></a></li>
                <li><a class="nav-link" href="/portal/open-data"><span>Åbne data</span></a></li>
              </ul>
            </div>
          </nav>
        </>
      }
    >
      {children}
    </PageFrame>
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
