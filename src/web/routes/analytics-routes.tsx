// Analytics (issue 10): the overview with its filters, each chart's figures as CSV, the consistency
// list, special situations with the local rules, and the annual figures. Access is decided by the
// services (analyticsAbilities); a filter that cannot be used is shown as form errors (400).
import { Hono, type Context } from 'hono';
import { fieldIssues } from '../form-flow.ts';
import type { WebEnv } from '../env.ts';
import { formData, requireActor } from '../require-actor.ts';
import { ServiceError, type FieldIssue } from '../../services/service-error.ts';
import { isAssessable } from '../../core/model/schema.ts';
import { csvResponse } from '../csv-response.ts';
import { getAnalyticsOverview, type AnalyticsOverview } from '../../services/analytics/get-analytics-overview.ts';
import { FILTER_KEYS } from '../../services/analytics/analytics-filter.ts';
import { requireAbility } from '../../services/permissions.ts';
import { analyticsAbilities } from '../../services/policies/abilities.ts';
import { AnalyticsPage } from '../views/analytics/analytics-page.tsx';
import { ANALYTICS_TABLES, consistencyRateTable, tableFor } from '../views/analytics/analytics-tables.ts';
import { listConsistency } from '../../services/analytics/list-consistency.ts';
import { getSpecialSituations } from '../../services/analytics/get-special-situations.ts';
import { setLocalRule } from '../../services/analytics/set-local-rule.ts';
import { getAnnualFigures } from '../../services/analytics/get-annual-figures.ts';
import { listAuthorities } from '../../services/authorities/list-authorities.ts';
import { renderAnnualCsv, renderAnnualHtml, renderAnnualPdf } from '../../report-render/annual-figures-render.ts';
import { todayInDenmark } from '../../core/calendar.ts';
import { ConsistencyPage } from '../views/analytics/consistency-page.tsx';
import { SituationsPage } from '../views/analytics/situations-page.tsx';
import { AnnualPage } from '../views/analytics/annual-page.tsx';

export const analyticsRoutes = new Hono<WebEnv>();
type C = Context<WebEnv>;

/** The filter fields of the query string, each one value (a repeated one counts once). */
function filterValues(c: C): Record<string, string> {
  return Object.fromEntries(FILTER_KEYS.map((k) => [k, c.req.query(k) ?? '']).filter(([, v]) => v !== ''));
}


const assessableModels = (c: C) => c.get('services').registry.list().filter(isAssessable);

analyticsRoutes.get('/analytics', async (c) => {
  const actor = requireActor(c);
  requireAbility(analyticsAbilities(actor).read, 'Analyserne er for revisionen og socialtilsynenes ledere.');
  const values = filterValues(c);
  let overview: AnalyticsOverview | null = null;
  let issues: FieldIssue[] = [];
  try {
    overview = await getAnalyticsOverview(c.get('services'), actor, values);
  } catch (e) {
    issues = fieldIssues(e);
  }
  return c.html(<AnalyticsPage overview={overview} models={assessableModels(c)} values={values} issues={issues} />, issues.length ? 400 : 200);
});

analyticsRoutes.get('/analytics/data.csv', async (c) => {
  const actor = requireActor(c);
  const table = ANALYTICS_TABLES.find((t) => t === c.req.query('table'));
  if (!table) throw new ServiceError('invalid', `Vælg en tabel: ${ANALYTICS_TABLES.join(', ')}.`);
  const overview = await getAnalyticsOverview(c.get('services'), actor, filterValues(c));
  const data = tableFor(overview, table);
  if (!data) throw new ServiceError('not_found', 'Tabellen findes ikke for dette udvalg.');
  return csvResponse(c, `analyse-${table}`, [data.head, ...data.rows]);
});

analyticsRoutes.get('/analytics/consistency', async (c) => {
  const actor = requireActor(c);
  const view = await listConsistency(c.get('services'), actor, { page: c.req.query('page') ?? '1' });
  return c.html(<ConsistencyPage view={view} />);
});

analyticsRoutes.get('/analytics/consistency.csv', async (c) => {
  const actor = requireActor(c);
  const data = consistencyRateTable(await listConsistency(c.get('services'), actor, {}));
  return csvResponse(c, 'analyse-score-og-tekst', [data.head, ...data.rows]);
});

analyticsRoutes.get('/analytics/situations', async (c) => {
  const actor = requireActor(c);
  return c.html(<SituationsPage view={await getSpecialSituations(c.get('services'), actor)} issues={[]} saved={c.req.query('saved') === '1'} />);
});

analyticsRoutes.post('/analytics/situations/rules', async (c) => {
  const actor = requireActor(c);
  const form = await formData(c);
  const text = (k: string) => (typeof form[k] === 'string' ? form[k] : '');
  try {
    await setLocalRule(c.get('services'), actor, { authorityId: text('authorityId'), situation: text('situation'), rule: text('rule'), note: text('note') });
  } catch (e) {
    const issues = fieldIssues(e);
    return c.html(<SituationsPage view={await getSpecialSituations(c.get('services'), actor)} issues={issues} saved={false} />, 400);
  }
  return c.redirect('/analytics/situations?saved=1', 303);
});

const ANNUAL_FILES = { pdf: 'application/pdf', csv: 'text/csv; charset=utf-8', json: 'application/json; charset=utf-8', html: 'text/html; charset=utf-8' } as const;

analyticsRoutes.get('/analytics/annual', async (c) => {
  const actor = requireActor(c);
  const abilities = analyticsAbilities(actor);
  requireAbility(abilities.read, 'Analyserne er for revisionen og socialtilsynenes ledere.');
  const choices = (await listAuthorities(c.get('services'))).filter((a) => abilities.annualOf(a.id)).map((a): [string, string] => [a.id, a.name]);
  const values = { authorityId: c.req.query('authorityId') ?? choices[0]?.[0] ?? '', year: c.req.query('year') ?? todayInDenmark(c.get('services').now()).slice(0, 4) };
  let figures = null;
  let issues: FieldIssue[] = [];
  try {
    figures = await getAnnualFigures(c.get('services'), actor, values);
  } catch (e) {
    issues = fieldIssues(e);
  }
  return c.html(<AnnualPage figures={figures} authorities={choices} values={values} issues={issues} />, issues.length ? 400 : 200);
});

for (const format of Object.keys(ANNUAL_FILES) as (keyof typeof ANNUAL_FILES)[]) {
  analyticsRoutes.get(`/analytics/annual.${format}`, async (c) => {
    const actor = requireActor(c);
    const figures = await getAnnualFigures(c.get('services'), actor, { authorityId: c.req.query('authorityId') ?? '', year: c.req.query('year') ?? '' });
    c.header('Content-Type', ANNUAL_FILES[format]);
    c.header('Content-Disposition', `${format === 'html' ? 'inline' : 'attachment'}; filename="aarstal-${figures.authority.id}-${figures.year}.${format}"`);
    if (format === 'pdf') return c.body(new Uint8Array(await renderAnnualPdf(figures)));
    return c.body(format === 'json' ? JSON.stringify(figures, null, 2) : format === 'csv' ? `\uFEFF${renderAnnualCsv(figures)}` : renderAnnualHtml(figures));
  });
}

