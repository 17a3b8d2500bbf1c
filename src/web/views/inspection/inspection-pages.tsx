// The inspection pages: a new inspection, the overview with its forms (status, risk, visits and
// their outcome, follow-up data collection, decisions) and the audit trail's rows. The routes
// (routes/inspection-routes.tsx) load the data; these only render.

import { SummaryList } from '../components/summary-list.tsx';
import { INSPECTION_STATUS_LABEL } from '../../../core/labels.ts';
import { capitalise, DECISION_LABEL, ENTITY_KIND_LABEL as ENTITY_LABEL, PHASE_LABEL, RISK_LABEL, VISIT_STATUS_LABEL } from '../../../core/labels.ts';
import { formatDanishDate, formatDanishDateTime } from '../../../core/calendar.ts';
import { assertNever } from '../../../core/assert-never.ts';
import { auditChanges } from '../../../core/audit/audit-changes.ts';
import { AUDIT_FIELD_LABEL } from '../../../core/labels.ts';
import type { Model } from '../../../core/model/schema.ts';

import type { FieldIssue } from '../../../services/service-error.ts';
import type { InspectionDetail } from '../../../services/inspections/get-inspection.ts';
import type { InspectionTarget } from '../../../services/inspections/get-inspection-target.ts';
import { decisionKindsFor, ENHANCED_SUPERVISION_MAX_MONTHS } from '../../../services/inspections/record-decision.ts';
import type { AuditRecord } from '../../../services/inspections/list-inspection-audit.ts';
import { RISKS, type Risk } from '../../../core/vocabulary.ts';
import { STATUS_TRANSITIONS } from '../../../services/inspections/shared.ts';
import { Layout } from '../layout.tsx';
import { ChoiceGroup, Csrf, fieldId, SelectField, TextArea, TextField } from '../forms.tsx';
import { ErrorSummary } from '../components/error-summary.tsx';
import { ScrollRegion, Table } from '../components/table.tsx';
import { Notice } from '../components/notice.tsx';
import { itemNumber } from '../../../core/model/item-number.ts';

// ---- Danish wording -------------------------------------------------------------------------

export const RISK_BADGE: Record<Risk, string> = { green: 'badge-success', yellow: 'badge-warning', red: 'badge-error' };
export const ACTION_LABEL: Record<string, string> = {
  'inspection.create': 'Tilsyn oprettet',
  'inspection.status': 'Status ændret',
  'risk.change': 'Risikokategori ændret',
  'visit.create': 'Besøg planlagt',
  'visit.held': 'Besøg afholdt',
  'visit.aborted': 'Besøg afbrudt ved ankomst',
  'follow_up.create': 'Opfølgende dataindsamling registreret',
  'decision.create': 'Afgørelse truffet',
  'assessment.create': 'Vurdering oprettet',
  'assessment.update': 'Vurdering gemt',
  'report.create': 'Rapportudkast oprettet',
  'report.save': 'Rapportudkast gemt',
  'report.submit': 'Sendt til kvalitetssikring',
  'report.approve': 'Godkendt i kvalitetssikring',
  'report.return': 'Sendt tilbage fra kvalitetssikring',
  'report.hearing': 'Sendt i faktuel høring',
  'report.hearing_answer': 'Høringssvar modtaget',
  'report.finalise': 'Rapporten afsluttet',
  'report.send': 'Rapporten sendt',
  'report.correct': 'Rapporten genåbnet til rettelse',
  'report_version.create': 'Endelig version gemt',
  'report_version.send': 'Endelig version sendt',
};
export const ENTITY_TYPE_LABEL: Record<string, string> = {
  inspection: 'Tilsyn', risk: 'Risikokategori', visit: 'Besøg', follow_up: 'Opfølgende dataindsamling', decision: 'Afgørelse', assessment: 'Vurdering', report: 'Rapport', report_version: 'Rapportversion',
};


export const DateText = ({ iso }: { iso: string | null }) => (iso ? <time datetime={iso}>{formatDanishDate(iso)}</time> : <span>–</span>);
export const DateTimeText = ({ at }: { at: Date }) => <time datetime={at.toISOString()}>{formatDanishDateTime(at)}</time>;
/** The risk category as text, with the colour as an extra only. */
export const RiskBadge = ({ risk }: { risk: Risk }) => <span class={`badge ${RISK_BADGE[risk]}`}>{capitalise(RISK_LABEL[risk])}</span>;

export const BREADCRUMBS: [string, string][] = [['Forside', '/'], ['Tilsyn', '/inspections']];

export type Values = Record<string, string>;
export type FormKey = 'status' | 'assign' | 'risk' | 'widening' | 'visit' | 'deskBased' | 'followUp' | 'decision' | `outcome:${string}`;
export type FormState = { form: FormKey; values: Values; issues: FieldIssue[]; message?: string };

// ---- new ------------------------------------------------------------------------------------

export function NewInspectionPage({ target, values, issues }: { target: InspectionTarget; values: Values; issues: FieldIssue[] }) {
  const about = `${ENTITY_LABEL[target.kind]}: ${target.name}`;
  return (
    <Layout title="Nyt tilsyn" breadcrumbs={BREADCRUMBS}>
      <h1>Nyt tilsyn</h1>
      <ErrorSummary issues={issues} />
      <p>{about} ({target.municipality})</p>
      <form method="post" action="/inspections" novalidate>
        <Csrf />
        {target.kind === 'provider'
          ? <input type="hidden" name="providerId" value={target.id} />
          : <input type="hidden" name="fosterFamilyId" value={target.id} />}
        <TextField name="title" label="Titel" value={values.title} issues={issues} required />
        <ChoiceGroup name="phase" label="Fase" type="radio" issues={issues} values={[values.phase ?? 'operation']}
          options={[['approval', capitalise(PHASE_LABEL.approval)], ['operation', capitalise(PHASE_LABEL.operation)]]} />
        <SelectField name="modelId" label="Kvalitetsmodel" value={values.modelId ?? target.defaultModelId} issues={issues}
          options={target.models.map((m) => [m.id, `${m.title} (version ${m.version})`])} />
        <ChoiceGroup name="risk" label="Første risikovurdering" type="radio" issues={issues} values={[values.risk ?? 'green']}
          hint="Grøn: minimumsdesign ved ét besøg. Gul: tvivl, designet udvides. Rød: alvorlig bekymring."
          options={RISKS.map((r) => [r, capitalise(RISK_LABEL[r])])} />
        <button type="submit" class="button button-primary">Opret tilsyn</button>
      </form>
    </Layout>
  );
}

// ---- overview -------------------------------------------------------------------------------

export type MarkerOption = [string, string];

/** The items follow-up data collection may be about: markers (binary) or indicators (scored). */
export function markerOptions(model: Model | undefined): MarkerOption[] {
  const short = (s: string) => (s.length > 90 ? `${s.slice(0, 89)}…` : s);
  if (!model) return [];
  switch (model.kind) {
    case 'binary':
      return model.themes.flatMap((t) => t.criteria.flatMap((c) => c.markers.map((m): MarkerOption => [m.id, `Kvalitetsmarkør ${itemNumber(m.id)} – ${short(m.text)}`])));
    case 'scored':
      return model.themes.flatMap((t) => t.criteria.flatMap((c) => c.indicators.map((i): MarkerOption => [i.id, `${i.id} – ${short(i.text)}`])));
    case 'standards':
      return [];
    default:
      return assertNever(model);
  }
}

export type OverviewProps = { detail: InspectionDetail; model: Model | undefined; state?: FormState };

export function OverviewPage({ detail: d, model, state }: OverviewProps) {
  const base = `/inspections/${d.id}`;
  const issuesFor = (form: FormKey) => (state?.form === form ? state.issues : []);
  const valuesFor = (form: FormKey): Values => (state?.form === form ? state.values : {});
  const nextStatuses = STATUS_TRANSITIONS[d.status];
  const open = d.status === 'planned' || d.status === 'in_progress';
  const canWrite = d.permissions.write && open;
  const markers = markerOptions(model);
  const decisionKinds = decisionKindsFor(d.phase);

  const statusValues = valuesFor('status');
  const riskValues = valuesFor('risk');
  const visitValues = valuesFor('visit');
  const followUpValues = valuesFor('followUp');
  const decisionValues = valuesFor('decision');

  return (
    <Layout title={d.title} breadcrumbs={BREADCRUMBS}>
      <h1>{d.title}</h1>
      {state && <ErrorSummary issues={state.issues} message={state.message} />}
      <p><a class="button button-primary" href={`${base}/assessment`}>Vurdering</a> <a class="button button-secondary" href={`${base}/report`}>Rapport</a></p>
      {d.permissions.readAudit && <p><a href={`${base}/audit`}>Revisionsspor for tilsynet</a></p>}

      <section aria-labelledby="oplysninger">
        <h2 id="oplysninger">Oplysninger</h2>
        <SummaryList items={[
          [ENTITY_LABEL[d.entity.kind], <>
            <a href={d.entity.kind === 'provider' ? `/providers/${d.entity.id}` : `/foster-families/${d.entity.id}`}>{d.entity.name}</a>
            {d.entity.municipality && ` (${d.entity.municipality})`}
          </>],
          ['Socialtilsyn', d.authorityName],
          ['Fase', capitalise(PHASE_LABEL[d.phase])],
          ['Kvalitetsmodel', `${d.modelTitle} (version ${d.modelVersion})`],
          ['Status', INSPECTION_STATUS_LABEL[d.status]],
          ['Risikokategori', <RiskBadge risk={d.risk} />],
          ['Afholdte besøg', String(d.heldVisits)],
        ]} />
      </section>

      <section aria-labelledby="tilsynsfoerende">
        <h2 id="tilsynsfoerende">Tilsynsførende og periode</h2>
        <p>
          Tilsynsførende: {d.assignment.lead ? d.assignment.lead.displayName : <strong>ingen endnu</strong>}.
          {d.assignment.coInspectors.length > 0 && <> Desuden: {d.assignment.coInspectors.map((p) => p.displayName).join(', ')}.</>}
          {d.assignment.plannedFrom && <> Planlagt {formatDanishDate(d.assignment.plannedFrom)}{d.assignment.plannedTo ? `–${formatDanishDate(d.assignment.plannedTo)}` : ''}.</>}
        </p>
        {canWrite && (
          <form method="post" action={`${base}/assign`} novalidate>
            <Csrf />
            <input type="hidden" name="version" value={String(d.version)} />
            <SelectField name="leadInspectorId" label="Tilsynsførende" placeholder="Ingen" value={valuesFor('assign').leadInspectorId ?? d.assignment.lead?.id ?? ''} issues={issuesFor('assign')}
              options={d.assignment.candidates.map((p) => [p.id, p.displayName])} />
            <ChoiceGroup name="coInspectorIds" label="Øvrige tilsynskonsulenter" type="checkbox" issues={issuesFor('assign')}
              values={d.assignment.coInspectors.map((p) => p.id)} options={d.assignment.candidates.map((p) => [p.id, p.displayName])} />
            <TextField name="plannedFrom" label="Planlagt fra" type="date" value={valuesFor('assign').plannedFrom ?? d.assignment.plannedFrom ?? ''} issues={issuesFor('assign')} />
            <TextField name="plannedTo" label="Planlagt til" type="date" value={valuesFor('assign').plannedTo ?? d.assignment.plannedTo ?? ''} issues={issuesFor('assign')} />
            <button type="submit" class="button button-secondary">Gem tilsynsførende og periode</button>
          </form>
        )}
      </section>

      <section aria-labelledby="status">
        <h2 id="status">Status</h2>
        <p>Tilsynet er <strong>{INSPECTION_STATUS_LABEL[d.status].toLowerCase()}</strong>.</p>
        {d.permissions.write && nextStatuses.length > 0 && (
          <form method="post" action={`${base}/status`} novalidate>
            <Csrf />
            <input type="hidden" name="version" value={String(d.version)} />
            <SelectField name="status" label="Ny status" value={statusValues.status ?? nextStatuses[0]} issues={issuesFor('status')}
              options={nextStatuses.map((s) => [s, INSPECTION_STATUS_LABEL[s]])} />
            <button type="submit" class="button button-secondary">Skift status</button>
          </form>
        )}
      </section>

      <section aria-labelledby="risiko">
        <h2 id="risiko">Risikokategori</h2>
        <p>Nuværende risikokategori: <RiskBadge risk={d.risk} /></p>
        <ScrollRegion label="Risikohistorik, ældste først">
          <table class="table">
            <caption>Risikohistorik, ældste først</caption>
            <thead>
              <tr><th scope="col">Tidspunkt</th><th scope="col">Risikokategori</th><th scope="col">Begrundelse</th><th scope="col">Ændret af</th></tr>
            </thead>
            <tbody>
              {d.riskHistory.map((r) => (
                <tr>
                  <td><DateTimeText at={r.changedAt} /></td>
                  <td><RiskBadge risk={r.risk} /></td>
                  <td>{r.reason}</td>
                  <td>{r.changedBy?.displayName ?? '–'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
        {canWrite && (
          <form method="post" action={`${base}/risk`} novalidate>
            <h3>Skift risikokategori</h3>
            <Csrf />
            <input type="hidden" name="version" value={String(d.version)} />
            <ChoiceGroup name="risk" label="Ny risikokategori" type="radio" issues={issuesFor('risk')}
              values={riskValues.risk ? [riskValues.risk] : []} options={RISKS.filter((r) => r !== d.risk).map((r) => [r, capitalise(RISK_LABEL[r])])} />
            <TextArea name="reason" label="Begrundelse" value={riskValues.reason} issues={issuesFor('risk')} rows={3}
              hint="Hvorfor ændres risikokategorien? Begrundelsen gemmes i historikken." />
            <button type="submit" class="button button-secondary">Gem risikokategori</button>
          </form>
        )}
        <RiskWork d={d} canWrite={canWrite} base={base} values={valuesFor('widening')} issues={issuesFor('widening')} />
      </section>

      <section aria-labelledby="besoeg">
        <h2 id="besoeg">Tilsynsbesøg</h2>
        <p>Afholdte besøg: {d.heldVisits}. Et besøg, der afbrydes ved ankomst, tæller ikke som et tilsynsbesøg; de data, der ikke blev indsamlet, indsamles efterfølgende.</p>
        {d.visits.length === 0 ? <p>Der er ingen besøg endnu.</p> : (
          <ScrollRegion label="Besøg">
            <table class="table">
              <caption>Besøg</caption>
              <thead>
                <tr><th scope="col">Dato</th><th scope="col">Type</th><th scope="col">Status</th><th scope="col">Note</th>{canWrite && <th scope="col">Registrér udfald</th>}</tr>
              </thead>
              <tbody>
                {d.visits.map((v) => {
                  const key: FormKey = `outcome:${v.id}`;
                  const issues = issuesFor(key);
                  const noteId = fieldId(`outcomeNote-${v.id}`);
                  const noteError = issues.find((i) => i.field === `outcomeNote-${v.id}`)?.message;
                  return (
                    <tr>
                      <th scope="row"><DateText iso={v.plannedOn} /></th>
                      <td>{v.announced ? 'Anmeldt' : 'Uanmeldt'}</td>
                      <td>{capitalise(VISIT_STATUS_LABEL[v.status])}</td>
                      <td>{v.note}</td>
                      {canWrite && (
                        <td>
                          {v.status === 'planned' ? (
                            <form method="post" action={`${base}/visits/${v.id}/outcome`} novalidate>
                              <Csrf />
                              <div class={`form-group${noteError ? ' form-error' : ''}`}>
                                <label class="form-label" for={noteId}>Note <span class="sr-only">til besøget {formatDanishDate(v.plannedOn)}</span></label>
                                <span class="form-hint" id={`${noteId}-hint`}>Skal udfyldes, hvis besøget afbrydes.</span>
                                {noteError && <span class="form-error-message" id={`${noteId}-error`}><span class="sr-only">Fejl: </span>{noteError}</span>}
                                <textarea class="form-input" id={noteId} name="note" rows={2}
                                  aria-describedby={noteError ? `${noteId}-hint ${noteId}-error` : `${noteId}-hint`}
                                  aria-invalid={noteError ? 'true' : undefined}>{valuesFor(key).note ?? ''}</textarea>
                              </div>
                              <button type="submit" name="outcome" value="held" class="button button-secondary">
                                Afholdt<span class="sr-only"> – besøget {formatDanishDate(v.plannedOn)}</span>
                              </button>{' '}
                              <button type="submit" name="outcome" value="aborted" class="button button-secondary">
                                Afbrudt ved ankomst<span class="sr-only"> – besøget {formatDanishDate(v.plannedOn)}</span>
                              </button>
                            </form>
                          ) : '–'}
                        </td>
                      )}
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </ScrollRegion>
        )}
        {canWrite && (
          <form method="post" action={`${base}/visits`} novalidate>
            <h3>Planlæg besøg</h3>
            <Csrf />
            <TextField name="plannedOn" label="Dato" type="date" value={visitValues.plannedOn} issues={issuesFor('visit')} hint="Skrives åååå-mm-dd." required />
            <ChoiceGroup name="announced" label="Type af besøg" type="radio" issues={issuesFor('visit')}
              values={[visitValues.announced ?? 'unannounced']} hint="Besøg er som udgangspunkt uanmeldte."
              options={[['unannounced', 'Uanmeldt'], ['announced', 'Anmeldt']]} />
            <TextArea name="visitNote" label="Note" value={visitValues.visitNote} issues={issuesFor('visit')} rows={2} />
            <button type="submit" class="button button-secondary">Planlæg besøg</button>
          </form>
        )}
        <h3 id="skrivebordstilsyn">Skrivebordstilsyn</h3>
        {d.deskBasedReason
          ? <p>Tilsynet gennemføres som skrivebordstilsyn uden besøg. Begrundelse: {d.deskBasedReason}</p>
          : <p>Tilsynet kan afsluttes, og rapporten sendes til kvalitetssikring, når et besøg er gennemført – eller når tilsynet er registreret som skrivebordstilsyn med en begrundelse.</p>}
        {canWrite && (
          <form method="post" action={`${base}/desk-based`} novalidate>
            <Csrf />
            <input type="hidden" name="version" value={String(d.version)} />
            {d.deskBasedReason ? (
              <>
                <input type="hidden" name="deskBased" value="no" />
                <button type="submit" class="button button-secondary">Fortryd skrivebordstilsyn</button>
              </>
            ) : (
              <>
                <input type="hidden" name="deskBased" value="yes" />
                <TextArea name="deskReason" label="Begrundelse for skrivebordstilsyn" value={valuesFor('deskBased').deskReason} issues={issuesFor('deskBased')} rows={2} />
                <button type="submit" class="button button-secondary">Registrér som skrivebordstilsyn</button>
              </>
            )}
          </form>
        )}
      </section>

      <section aria-labelledby="opfoelgning">
        <h2 id="opfoelgning">Opfølgende dataindsamling</h2>
        <p>Når et besøg ikke dækkede alle trin i en markørs undersøgelsesdesign, indsamles de manglende data bagefter med designets metoder.</p>
        {d.followUps.length === 0 ? <p>Der er ingen opfølgende dataindsamling.</p> : (
          <ScrollRegion label="Opfølgende dataindsamling">
            <table class="table">
              <caption class="sr-only">Opfølgende dataindsamling</caption>
              <thead>
                <tr><th scope="col">Markør</th><th scope="col">Trin</th><th scope="col">Metode</th><th scope="col">Note</th><th scope="col">Indsamlet</th></tr>
              </thead>
              <tbody>
                {d.followUps.map((f) => (
                  <tr>
                    <th scope="row">Kvalitetsmarkør {itemNumber(f.markerId)}</th>
                    <td>{f.stepIndex + 1}</td>
                    <td>{f.method}</td>
                    <td>{f.note}</td>
                    <td>{f.collectedOn ? <DateText iso={f.collectedOn} /> : 'Ikke indsamlet endnu'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollRegion>
        )}
        {canWrite && markers.length > 0 && (
          <form method="post" action={`${base}/follow-ups`} novalidate>
            <h3>Registrér opfølgende dataindsamling</h3>
            <Csrf />
            <SelectField name="markerId" label="Markør" value={followUpValues.markerId} issues={issuesFor('followUp')} placeholder="Vælg markør" options={markers} />
            <TextField name="stepNumber" label="Trin nr. i undersøgelsesdesignet" type="number" value={followUpValues.stepNumber} issues={issuesFor('followUp')}
              hint="1 er designets første trin." />
            <TextField name="method" label="Metode" value={followUpValues.method} issues={issuesFor('followUp')}
              hint={model?.kind === 'binary' ? 'Tom: trinnets metode fra undersøgelsesdesignet.' : undefined} />
            <TextArea name="followUpNote" label="Note" value={followUpValues.followUpNote} issues={issuesFor('followUp')} rows={2} />
            <TextField name="collectedOn" label="Indsamlet dato" type="date" value={followUpValues.collectedOn} issues={issuesFor('followUp')}
              hint="Tom, hvis data ikke er indsamlet endnu. Skrives åååå-mm-dd." />
            <button type="submit" class="button button-secondary">Registrér</button>
          </form>
        )}
      </section>

      <section aria-labelledby="afgoerelser">
        <h2 id="afgoerelser">Afgørelser</h2>
        {d.decisions.length === 0 ? <p>Der er ikke truffet afgørelser.</p> : (
          <ScrollRegion label="Afgørelser">
            <table class="table">
              <caption class="sr-only">Afgørelser</caption>
              <thead>
                <tr><th scope="col">Afgørelse</th><th scope="col">Frist</th><th scope="col">Slutdato</th><th scope="col">Begrundelse</th><th scope="col">Truffet af</th><th scope="col">Tidspunkt</th></tr>
              </thead>
              <tbody>
                {d.decisions.map((x) => (
                  <tr>
                    <th scope="row">{capitalise(DECISION_LABEL[x.kind])}</th>
                    <td><DateText iso={x.deadline} /></td>
                    <td><DateText iso={x.endsOn} /></td>
                    <td>{x.note}</td>
                    <td>{x.decidedBy?.displayName ?? '–'}</td>
                    <td><DateTimeText at={x.decidedAt} /></td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollRegion>
        )}
        {d.permissions.decide && d.status !== 'cancelled' && (
          <form method="post" action={`${base}/decisions`} novalidate>
            <h3>Træf afgørelse</h3>
            <p>Uden fornøden kvalitet skal socialtilsynet træffe en afgørelse. Et påbud har altid en frist; skærpet tilsyn gælder højst {ENHANCED_SUPERVISION_MAX_MONTHS} måneder ad gangen.</p>
            <Csrf />
            <ChoiceGroup name="canMeetSoon" label="Vil tilbuddet eller plejefamilien inden for en kortere periode kunne opfylde det eller de ikke-opfyldte kvalitetskriterier?" type="radio"
              issues={issuesFor('decision')} values={decisionValues.canMeetSoon ? [decisionValues.canMeetSoon] : []}
              hint="Ja: godkendelse med vilkår, skærpet tilsyn og/eller påbud. Nej: afslag eller ophør af godkendelsen."
              options={[['yes', 'Ja'], ['no', 'Nej']]} />
            <TextArea name="basisReason" label="Begrundelse for vurderingen" value={decisionValues.basisReason} issues={issuesFor('decision')} rows={2} />
            <SelectField name="kind" label="Afgørelse" value={decisionValues.kind} issues={issuesFor('decision')} placeholder="Vælg afgørelse"
              options={decisionKinds.map((k) => [k, capitalise(DECISION_LABEL[k])])} />
            <TextField name="deadline" label="Frist" type="date" value={decisionValues.deadline} issues={issuesFor('decision')} hint="Skal udfyldes ved påbud. Skrives åååå-mm-dd." />
            <TextField name="endsOn" label="Slutdato for skærpet tilsyn" type="date" value={decisionValues.endsOn} issues={issuesFor('decision')}
              hint={`Skal udfyldes ved skærpet tilsyn, højst ${ENHANCED_SUPERVISION_MAX_MONTHS} måneder frem. Skrives åååå-mm-dd.`} />
            <TextArea name="decisionNote" label="Begrundelse" value={decisionValues.decisionNote} issues={issuesFor('decision')} rows={3} />
            <button type="submit" class="button button-primary">Træf afgørelse</button>
          </form>
        )}
      </section>
    </Layout>
  );
}

// ---- audit ----------------------------------------------------------------------------------


/** The fields that changed, each with its Danish label: before → after. */
function AuditChanges({ before, after }: { before: unknown; after: unknown }) {
  const changes = auditChanges(before, after);
  if (changes.length === 0) return <span>Ingen ændrede felter</span>;
  return (
    <ul class="audit-changes">
      {changes.map((c) => <li><span class="weight-semibold">{AUDIT_FIELD_LABEL[c.field] ?? c.field}:</span> {c.before} → {c.after}</li>)}
    </ul>
  );
}

export function AuditRow({ e }: { e: AuditRecord }) {
  return (
    <tr>
      <td><DateTimeText at={e.at} /></td>
      <td>{e.actor?.displayName ?? 'System'}</td>
      <th scope="row">{ACTION_LABEL[e.action] ?? e.action}</th>
      <td>{ENTITY_TYPE_LABEL[e.entityType] ?? e.entityType}</td>
      <td><AuditChanges before={e.before} after={e.after} /></td>
    </tr>
  );
}

const RISK_MEANING: Record<Risk, string> = {
  green: 'Grøn: kvaliteten belyses alene ud fra undersøgelsesdesignet på ét tilsynsbesøg (undtaget tilbud med flere afdelinger).',
  yellow: 'Gul: undersøgelsesdesignet udvides for de kvalitetskriterier, der er tvivl om, indtil tvivlen er afklaret. Tilsynet kan først afsluttes, når hver tvivl er undersøgt og konkluderet.',
  red: 'Rød: begrundelserne dokumenteres grundigt og udførligt – dokumentationsdybden for rød gælder alle kvalitetskriterier.',
};

/** What the risk category asks of this inspection: its meaning, warnings, the criteria in doubt and how the design was widened. */
function RiskWork({ d, canWrite, base, values, issues }: { d: InspectionDetail; canWrite: boolean; base: string; values: Values; issues: FieldIssue[] }) {
  const w = d.riskWork;
  return (
    <div id="udvidelse">
      <h3>Hvad risikokategorien betyder for tilsynet</h3>
      <p>{RISK_MEANING[d.risk]}</p>
      {w.warnings.map((n) => <Notice kind="warning">{n.message}</Notice>)}
      {w.blocking.length > 0 && (
        <Notice kind="warning" heading="Før tilsynet kan afsluttes">
          <ul>{w.blocking.map((n) => <li>{n.message}</li>)}</ul>
        </Notice>
      )}
      {(d.risk === 'yellow' || w.doubts.length > 0 || w.widenings.length > 0) && (
        <>
          <h4>Kvalitetskriterier i tvivl</h4>
          {w.doubts.length === 0
            ? <p>Vurderingen markerer ingen kvalitetskriterier som i tvivl.</p>
            : <ul>{w.doubts.map((x) => <li>{capitalise(x.label)}: {x.concluded ? 'konkluderet' : 'ikke konkluderet endnu'}{w.widenings.some((y) => y.criterionId === x.criterionId) ? ', undersøgelsesdesignet er udvidet' : ', undersøgelsesdesignet er ikke udvidet endnu'}.</li>)}</ul>}
          {w.widenings.length > 0 && (
            <Table caption="Udvidelser af undersøgelsesdesignet" rowHeaders head={['Kvalitetskriterium', 'Udvidelse', 'Registreret af', 'Tidspunkt']}
              rows={w.widenings.map((y) => [y.criterionLabel, y.description, y.addedBy?.displayName ?? '–', <DateTimeText at={y.addedAt} />])} />
          )}
          {canWrite && (
            <form method="post" action={`${base}/design-widenings`} novalidate>
              <h4>Registrér en udvidelse af undersøgelsesdesignet</h4>
              <Csrf />
              <SelectField name="criterionId" label="Kvalitetskriterium" value={values.criterionId} issues={issues} placeholder="Vælg kvalitetskriterium"
                options={(w.doubts.length > 0 ? w.doubts.map((x): [string, string] => [x.criterionId, capitalise(x.label)]) : [])} />
              <TextArea name="wideningDescription" label="Hvad er føjet til undersøgelsesdesignet?" value={values.wideningDescription} issues={issues} rows={2}
                hint="Fx ekstra interview, flere kilder, dokumentanalyse eller et ekstra besøg." />
              <button type="submit" class="button button-secondary">Registrér udvidelse</button>
            </form>
          )}
        </>
      )}
    </div>
  );
}
