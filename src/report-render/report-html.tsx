// The report as an HTML fragment (hono/jsx), for the web pages and for e-mail/print: headings in
// the report's order, the per-theme criteria overview as a table, the spider web as an inline SVG
// with a title and description plus a data table of the theme averages. hono/jsx escapes every
// text; the only raw markup is the SVG, whose builder escapes its own texts.
import { capitalise } from '../core/labels.ts';
import { assertNever } from '../core/assert-never.ts';
import { Fragment, type Child } from 'hono/jsx';
import { raw } from 'hono/html';
import type {
  OverviewFigure,
  ReportBinaryTheme,
  ReportDepartment,
  ReportDocument,
  ReportScoredTheme,
  ReportTheme,
  SpiderWeb,
} from '../core/report/report-document.ts';
import { HEADING, childrenInCareText } from '../core/report/report-labels.ts';
import { spiderWebSvg } from './spider-web-svg.ts';
import { itemNumber } from '../core/model/item-number.ts';

type H = 'h2' | 'h3' | 'h4' | 'h5' | 'h6';
const below = (h: H): H => (h === 'h2' ? 'h3' : h === 'h3' ? 'h4' : h === 'h4' ? 'h5' : 'h6');

function Heading({ level, id, children }: { level: H | 'h1'; id?: string; children?: unknown }) {
  const Tag = level;
  return <Tag id={id}>{children}</Tag>;
}

/** A written text as paragraphs (blank lines separate them, single line breaks become <br>). */
export function Paragraphs({ text, empty = 'Ikke udfyldt.' }: { text: string; empty?: string }) {
  const paragraphs = text.split(/\r?\n\s*\r?\n/).map((p) => p.trim()).filter((p) => p.length > 0);
  if (paragraphs.length === 0) return <p class="report-missing"><em>{empty}</em></p>;
  return (
    <Fragment>
      {paragraphs.map((p) => {
        const lines = p.split(/\r?\n/);
        return <p>{lines.map((line, i) => (i === 0 ? line : <Fragment><br />{line}</Fragment>))}</p>;
      })}
    </Fragment>
  );
}

function Facts({ d }: { d: ReportDocument }) {
  const e = d.entity;
  return (
    <dl class="report-facts">
      <dt>Socialtilsyn</dt>
      <dd>{d.authority.name}</dd>
      <dt>{e.kindLabel}</dt>
      <dd>{e.name}</dd>
      <dt>Beliggenhedskommune</dt>
      <dd>{e.municipality}</dd>
      {e.kind === 'provider' && e.legalBasisLabels.length > 0 && (
        <Fragment>
          <dt>Lovgrundlag</dt>
          <dd>{e.legalBasisLabels.join(', ')}</dd>
        </Fragment>
      )}
      {e.typologyLabel && (
        <Fragment>
          <dt>Typologi</dt>
          <dd>{e.typologyLabel}</dd>
        </Fragment>
      )}
      {e.childrenInCare !== null && e.kind === 'fosterFamily' && (
        <Fragment>
          <dt>Børn i pleje</dt>
          <dd>{childrenInCareText(e.childrenInCare)}</dd>
        </Fragment>
      )}
      <dt>Tilsyn</dt>
      <dd>{d.inspection.title} ({d.inspection.phaseLabel})</dd>
      <dt>Risikokategori</dt>
      <dd>{d.inspection.riskLabel}</dd>
      <dt>Kvalitetsmodel</dt>
      <dd>{d.model.title}, version {d.model.version}</dd>
      <dt>Tilsynsbesøg</dt>
      <dd>
        {d.inspection.visits.length === 0 ? 'Ingen tilsynsbesøg' : (
          <ul>{d.inspection.visits.map((v) => <li>{v.label}</li>)}</ul>
        )}
      </dd>
      <dt>Rapportens dato</dt>
      <dd>{d.reportDateLabel}</dd>
      <dt>Version</dt>
      <dd>{d.version.label}</dd>
    </dl>
  );
}

/**
 * A table that scrolls by itself on a narrow screen rather than widening the page (WCAG 1.4.10);
 * the region is focusable so it can be scrolled by keyboard. In print and PDF it is just the table.
 */
function WideTable({ label, children }: { label: string; children: Child }) {
  return (
    <div class="table--responsive-scroll" role="region" aria-label={label} tabindex={0}>
      {children}
    </div>
  );
}

export function OverviewTable({ overview, caption }: { overview: OverviewFigure; caption: string }) {
  const total = overview.totals.met + overview.totals.notMet + overview.totals.unassessed;
  return (
    <WideTable label={caption}>
      <table class="table report-overview">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Tema</th>
            <th scope="col">Kvalitetskriterie</th>
            <th scope="col">Vurdering</th>
          </tr>
        </thead>
        {overview.themes.map((t) => (
          <tbody>
            {t.criteria.map((c, i) => (
              <tr>
                {i === 0 && (
                  <th scope="rowgroup" rowspan={t.criteria.length}>
                    Tema {t.number}: {t.title}
                    <br />
                    <small>{t.met} af {t.criteria.length} opfyldt</small>
                  </th>
                )}
                <th scope="row">{c.label}: {c.text}</th>
                <td class={`report-result report-result-${c.result ?? 'none'}`}>{c.resultLabel}</td>
              </tr>
            ))}
          </tbody>
        ))}
        <tbody>
          <tr>
            <th scope="rowgroup">Økonomi</th>
            <th scope="row">{overview.economy.description}</th>
            <td class={`report-result report-result-${overview.economy.result ?? 'none'}`}>{overview.economy.resultLabel}</td>
          </tr>
        </tbody>
        <tfoot>
          <tr>
            <th scope="row" colspan={2}>Samlet vurdering</th>
            <td>
              {overview.conclusionLabel} ({overview.totals.met} af {total} kvalitetskriterier opfyldt
              {overview.totals.notMet > 0 ? `, ${overview.totals.notMet} ikke opfyldt` : ''}
              {overview.totals.unassessed > 0 ? `, ${overview.totals.unassessed} ikke vurderet` : ''})
            </td>
          </tr>
        </tfoot>
      </table>
    </WideTable>
  );
}

export function SpiderWebFigure({ web, idPrefix, caption }: { web: SpiderWeb; idPrefix: string; caption: string }) {
  return (
    <Fragment>
      <figure class="report-spider-web">
        {raw(spiderWebSvg(web, { idPrefix, title: caption }))}
        <figcaption>{caption}. Tallene står også i tabellen herunder.</figcaption>
      </figure>
      <WideTable label={`Gennemsnit pr. tema`}>
        <table class="table report-averages">
          <caption>Gennemsnit pr. tema (skala {web.min}–{web.max})</caption>
          <thead>
            <tr>
              <th scope="col">Tema</th>
              <th scope="col">Gennemsnit</th>
            </tr>
          </thead>
          <tbody>
            {web.axes.map((a) => (
              <tr>
                <th scope="row">{a.title}</th>
                <td>{a.valueLabel}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </WideTable>
    </Fragment>
  );
}

function BinaryThemeSection({ theme, level, showAssessment }: { theme: ReportBinaryTheme; level: H; showAssessment: boolean }) {
  const sub = below(level);
  return (
    <section class="report-theme">
      <Heading level={level}>Tema {theme.number}: {theme.title}</Heading>
      {showAssessment && <Paragraphs text={theme.assessment} />}
      {theme.criteria.map((c) => (
        <section class="report-criterion">
          <Heading level={sub}>Kvalitetskriterie {c.number}: {c.text}</Heading>
          <p><strong>Vurdering:</strong> {c.resultLabel}</p>
          <p><strong>Faglig begrundelse:</strong></p>
          <Paragraphs text={c.justification} />
          <WideTable label={`Kvalitetsmarkører for kvalitetskriterie ${c.number}`}>
            <table class="table report-markers">
              <caption>Kvalitetsmarkører for kvalitetskriterie {c.number}</caption>
              <thead>
                <tr>
                  <th scope="col">Kvalitetsmarkør</th>
                  <th scope="col">Vurdering</th>
                  <th scope="col">Note</th>
                </tr>
              </thead>
              <tbody>
                {c.markers.map((m) => (
                  <tr>
                    <th scope="row">{itemNumber(m.id)}: {m.text}</th>
                    <td>{m.stateLabel}</td>
                    <td>{m.note}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </WideTable>
        </section>
      ))}
    </section>
  );
}

function ScoredThemeSection({ theme, level, showAssessment, phase }: { theme: ReportScoredTheme; level: H; showAssessment: boolean; phase: ReportDocument['inspection']['phase'] }) {
  const sub = below(level);
  return (
    <section class="report-theme">
      <Heading level={level}>{theme.title}</Heading>
      {!theme.applies ? (
        <p>Temaet gælder ikke for tilbuddets lovgrundlag.</p>
      ) : (
        <Fragment>
          {phase === 'operation' && <p><strong>Temaets gennemsnit:</strong> {theme.averageLabel}</p>}
          {showAssessment && <Paragraphs text={theme.assessment} />}
          {theme.criteria.map((c) => (
            <section class="report-criterion">
              <Heading level={sub}>Kriterium {c.number}: {c.text}</Heading>
              {phase === 'operation' && <p><strong>Kriteriets gennemsnit:</strong> {c.averageLabel}</p>}
              {c.indicators.map((i) => (
                <div class="report-indicator">
                  <Heading level={below(sub)}>Indikator {i.id}: {i.text}</Heading>
                  <p>
                    <strong>{phase === 'operation' ? 'Score' : 'Bedømmelse'}:</strong> {phase === 'operation' ? i.scoreLabel : i.expectedLabel}
                    {i.carriedForwardLabel && <> <em>({i.carriedForwardLabel})</em></>}
                  </p>
                  <Paragraphs text={i.assessment} />
                </div>
              ))}
              {c.assessment && (
                <div class="report-criterion-assessment">
                  <p><strong>Vurdering af kriterium {c.number}:</strong></p>
                  <Paragraphs text={c.assessment} />
                </div>
              )}
              {c.notApplicable.length > 0 && (
                <p class="report-not-applicable">Gælder ikke for tilbuddet: {c.notApplicable.map((i) => `indikator ${i.id}`).join(', ')}.</p>
              )}
            </section>
          ))}
        </Fragment>
      )}
    </section>
  );
}

function ThemeSection({ theme, level, showAssessment, phase }: { theme: ReportTheme; level: H; showAssessment: boolean; phase: ReportDocument['inspection']['phase'] }) {
  switch (theme.kind) {
    case 'binary':
      return <BinaryThemeSection theme={theme} level={level} showAssessment={showAssessment} />;
    case 'scored':
      return <ScoredThemeSection theme={theme} level={level} showAssessment={showAssessment} phase={phase} />;
    default:
      return assertNever(theme);
  }
}

function DepartmentSection({ department, index, phase }: { department: ReportDepartment; index: number; phase: ReportDocument['inspection']['phase'] }) {
  return (
    <section class="report-department">
      <h3>Afdeling: {department.name}</h3>
      {!department.complete && <p><em>Vurderingen af afdelingen er ikke afsluttet.</em></p>}
      {department.overview && <OverviewTable overview={department.overview} caption={`${HEADING.overview}: ${department.name}`} />}
      {department.spiderWeb && (
        <SpiderWebFigure web={department.spiderWeb} idPrefix={`spindelvaev-afdeling-${index + 1}`} caption={`Spindelvæv: ${department.name}`} />
      )}
      {department.themes.map((t) => <ThemeSection theme={t} level="h4" showAssessment={false} phase={phase} />)}
    </section>
  );
}

export function ReportView({ document: d }: { document: ReportDocument }) {
  const phase = d.inspection.phase;
  return (
    <article class="report" lang="da">
      <h1>{d.title}</h1>
      <p class="report-meta">{d.authority.name} · {d.version.label} · {d.reportDateLabel}</p>
      {!d.complete && <p class="report-incomplete"><strong>Udkast: vurderingen er ikke afsluttet.</strong></p>}

      <section>
        <h2>{HEADING.facts}</h2>
        <Facts d={d} />
      </section>

      <section>
        <h2>{HEADING.overall}</h2>
        {d.conclusionLabel && <p><strong>{d.conclusionLabel}</strong></p>}
        <Paragraphs text={d.overallAssessment} />
      </section>

      {d.decision && (
        <section>
          <h2>{HEADING.decision}</h2>
          <p>
            <strong>{capitalise(d.decision.label)}</strong>
            {d.decision.deadlineLabel && <Fragment>. Frist: {d.decision.deadlineLabel}</Fragment>}
            {d.decision.endsOnLabel && <Fragment>. Gælder til og med {d.decision.endsOnLabel}</Fragment>}.
          </p>
          {d.decision.note && <Paragraphs text={d.decision.note} />}
        </section>
      )}

      {d.overview && (
        <section>
          <h2>{HEADING.overview}</h2>
          <OverviewTable overview={d.overview} caption={HEADING.overview} />
        </section>
      )}

      {d.spiderWeb && (
        <section>
          <h2>{HEADING.spiderWeb}</h2>
          <SpiderWebFigure web={d.spiderWeb} idPrefix="spindelvaev" caption="Spindelvæv: temaernes gennemsnit" />
        </section>
      )}

      {d.carriedForward && (
        <section>
          <h2>{HEADING.carriedForward}</h2>
          <Paragraphs text={d.carriedForward.statement} />
          {d.carriedForward.reason && <Paragraphs text={d.carriedForward.reason} />}
          {d.carriedForward.note && <Paragraphs text={d.carriedForward.note} />}
          {!d.carriedForward.reason && !d.carriedForward.note && <Paragraphs text="" />}
        </section>
      )}

      <section>
        <h2>{HEADING.themes}</h2>
        {d.themes.map((t) => <ThemeSection theme={t} level="h3" showAssessment={true} phase={phase} />)}
      </section>

      <section>
        <h2>{HEADING.economy}</h2>
        <p><strong>Vurdering:</strong> {d.economy.resultLabel}</p>
        {d.economy.disproportionatelyExpensive && <p><strong>Tilbuddet er vurderet uforholdsmæssigt dyrt sammenholdt med kvaliteten.</strong></p>}
        <Paragraphs text={d.economy.justification} />
      </section>

      {d.departments.length > 0 && (
        <section>
          <h2>{HEADING.departments}</h2>
          {d.departments.map((dep, i) => <DepartmentSection department={dep} index={i} phase={phase} />)}
        </section>
      )}

      <section>
        <h2>{HEADING.developmentPoints}</h2>
        {d.developmentPoints.length === 0 ? (
          <p>Ingen udviklingspunkter.</p>
        ) : (
          <Fragment>
            <p>Udviklingspunkter er forslag til, hvordan kvaliteten kan udvikles. De offentliggøres ikke.</p>
            <ol>{d.developmentPoints.map((p) => <li>{p}</li>)}</ol>
          </Fragment>
        )}
      </section>
    </article>
  );
}

/** The report as an HTML fragment string. */
export function renderReportHtml(document: ReportDocument): string {
  const html = (<ReportView document={document} />).toString();
  if (typeof html !== 'string') throw new Error('renderReportHtml: the report view must render synchronously');
  return html;
}
