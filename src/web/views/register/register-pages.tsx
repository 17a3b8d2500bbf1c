import type { Child } from 'hono/jsx';
// The register's pages and forms: providers with their departments, and foster families. The
// routes (routes/register-routes.tsx) load the data and the abilities; these only render.
import { SummaryRow } from '../components/summary-list.tsx';
import { Notice } from '../components/notice.tsx';
import { capitalise, LEGAL_BASIS_LABEL, OWNERSHIP_LABEL, PROVIDER_FLAG_LABEL, TYPOLOGY_LABEL as ENTITY_TYPOLOGY_LABEL } from '../../../core/labels.ts';
import { formatDanishDate } from '../../../core/calendar.ts';
import { LEGAL_BASES, PROVIDER_FLAGS, TYPOLOGIES, type LegalBasis, type ProviderFlag, type Typology } from '../../../core/model/catalog-parts.ts';
import { OWNERSHIPS, type Ownership } from '../../../core/vocabulary.ts';
import type { FieldIssue } from '../../../services/service-error.ts';
import type { CreateProviderOptions } from '../../../services/register/create-provider.ts';
import type { Provider, ProviderDetails } from '../../../services/register/get-provider.ts';
import type { CreateFosterFamilyOptions } from '../../../services/register/create-foster-family.ts';
import type { FosterFamily, FosterFamilyDetails } from '../../../services/register/get-foster-family.ts';
import { Layout } from '../layout.tsx';
import { ChoiceGroup, Csrf, SelectField, TextArea, TextField } from '../forms.tsx';
import { ErrorSummary } from '../components/error-summary.tsx';
import { InspectionHistory, type InspectionHistoryProps } from './inspection-history.tsx';
import { ScrollRegion } from '../components/table.tsx';

export type AuthorityChoice = { id: string; name: string };

// ---- Danish labels --------------------------------------------------------------------------

// Register pages start a sentence or a table cell with the typology.
export const TYPOLOGY_LABEL: Record<Typology, string> = {
  almindelig: capitalise(ENTITY_TYPOLOGY_LABEL.almindelig),
  forstaerket: capitalise(ENTITY_TYPOLOGY_LABEL.forstaerket),
  specialiseret: capitalise(ENTITY_TYPOLOGY_LABEL.specialiseret),
};

export const labelOf = <K extends string>(labels: Record<K, string>, key: string) => (labels as Record<string, string>)[key] ?? key;

export function childrenInCareText(n: number): string {
  if (n === 0) return 'Intet barn i pleje';
  return n === 1 ? '1 barn i pleje' : `${n} børn i pleje`;
}

/** yyyy-mm-dd as "5. marts 2024". */
export const danishDate = (iso: string | null): string => (iso ? formatDanishDate(iso) : '');

// ---- form input ---------------------------------------------------------------------------

export type Body = Record<string, string | string[]>;
export const one = (v: string | string[] | undefined) => (Array.isArray(v) ? (v[0] ?? '') : (v ?? ''));
export const many = (v: string | string[] | undefined) => (v === undefined ? [] : Array.isArray(v) ? v : [v]);
export const lines = (text: string) => text.split(/\r?\n/).map((l) => l.trim()).filter(Boolean);

export function SavedNotice({ saved, what }: { saved: string | undefined; what: string }) {
  if (!saved) return null;
  return <Notice kind="success">{saved === 'ny' ? `${what} er oprettet.` : 'Ændringerne er gemt.'}</Notice>;
}

export function SearchForm({ action, value, label, municipality, children }: { action: string; value: string; label: string; municipality: string; children?: Child }) {
  return (
    <form method="get" action={action} role="search" class="mb-6">
      <TextField name="q" label={label} type="search" value={value} />
      <TextField name="kommune" label="Kommune" value={municipality} />
      {children}
      <button type="submit" class="button button-secondary">Søg</button>
    </form>
  );
}

export function AuthorityField({ choices, value, issues }: { choices: { id: string; name: string }[]; value: string; issues: FieldIssue[] }) {
  return (
    <SelectField name="authorityId" label="Socialtilsyn" value={value} issues={issues} placeholder="Vælg socialtilsyn"
      options={choices.map((a): [string, string] => [a.id, a.name])} />
  );
}

/** Administrators have no authority of their own and choose one; the others register in theirs. */

export type ProviderValues = {
  authorityId: string;
  name: string;
  municipality: string;
  ownership: string;
  legalBases: string[];
  flags: string[];
  targetGroups: string;
  methods: string;
  places: string;
};

export const emptyProvider: ProviderValues = { authorityId: '', name: '', municipality: '', ownership: '', legalBases: [], flags: [], targetGroups: '', methods: '', places: '' };

export const providerValuesFrom = (p: Provider): ProviderValues => ({
  authorityId: p.authorityId,
  name: p.name,
  municipality: p.municipality,
  ownership: p.ownership ?? '',
  legalBases: p.legalBases,
  flags: p.flags,
  targetGroups: p.targetGroups.join('\n'),
  methods: p.methods.join('\n'),
  places: String(p.places),
});

export const providerValuesFromForm = (b: Body): ProviderValues => ({
  authorityId: one(b.authorityId),
  name: one(b.name),
  municipality: one(b.municipality),
  ownership: one(b.ownership),
  legalBases: many(b.legalBases),
  flags: many(b.flags),
  targetGroups: one(b.targetGroups),
  methods: one(b.methods),
  places: one(b.places),
});

// The form's values are whatever was posted; the use case checks every one (an unknown legal
// basis is a field error there), so they are passed on as the options' types.
export const providerOptions = (v: ProviderValues): CreateProviderOptions => ({
  name: v.name,
  municipality: v.municipality,
  ownership: v.ownership as Ownership,
  legalBases: v.legalBases as LegalBasis[],
  flags: v.flags as ProviderFlag[],
  targetGroups: lines(v.targetGroups),
  methods: lines(v.methods),
  places: v.places,
});

export function ProviderForm(props: { action: string; values: ProviderValues; issues: FieldIssue[]; authorities: { id: string; name: string }[] | null; submit: string }) {
  const { values: v, issues } = props;
  return (
    <form method="post" action={props.action} novalidate>
      <Csrf />
      {props.authorities && <AuthorityField choices={props.authorities} value={v.authorityId} issues={issues} />}
      <TextField name="name" label="Navn" value={v.name} issues={issues} required />
      <TextField name="municipality" label="Kommune" value={v.municipality} issues={issues} required hint="Den kommune, tilbuddet ligger i." />
      <ChoiceGroup type="radio" name="ownership" label="Ejerform" issues={issues} values={v.ownership ? [v.ownership] : []}
        options={OWNERSHIPS.map((o): [string, string] => [o, OWNERSHIP_LABEL[o]])} />
      <ChoiceGroup type="checkbox" name="legalBases" label="Lovgrundlag" issues={issues} values={v.legalBases}
        hint="Vælg mindst ét. Alkohol- og stofmisbrugsbehandling: vælg døgnbehandling eller ambulant behandling." options={LEGAL_BASES.map((b): [string, string] => [b, LEGAL_BASIS_LABEL[b]])} />
      <ChoiceGroup type="checkbox" name="flags" label="Særlige forhold" issues={issues} values={v.flags}
        hint="Alene godkendt til aflastning: kun for § 66, stk. 1, nr. 5 og 6. Bestyrelse: kun for private tilbud."
        options={PROVIDER_FLAGS.map((f): [string, string] => [f, PROVIDER_FLAG_LABEL[f]])} />
      <TextArea name="targetGroups" label="Målgrupper" value={v.targetGroups} issues={issues} rows={4} hint="Én målgruppe pr. linje." />
      <TextArea name="methods" label="Metoder" value={v.methods} issues={issues} rows={4} hint="Én metode pr. linje." />
      <TextField name="places" label="Antal pladser" type="number" value={v.places} issues={issues} required />
      <button type="submit" class="button button-primary">{props.submit}</button>
    </form>
  );
}

/** `authorities`: the authorities to choose between (an operator registers in any); null for staff of one. */
export function NewProviderPage({ values, issues, authorities }: { values: ProviderValues; issues: FieldIssue[]; authorities: AuthorityChoice[] | null }) {
  return (
    <Layout title="Opret tilbud" breadcrumbs={[['Tilbud', '/providers']]}>
      <h1>Opret tilbud</h1>
      <ErrorSummary issues={issues} />
      <ProviderForm action="/providers" values={values} issues={issues}
        authorities={authorities} submit="Opret tilbud" />
    </Layout>
  );
}

export type DepartmentValues = { name: string; places: string };

type EntityHistory = Omit<InspectionHistoryProps, 'what'>;

export function ProviderPage({ provider: p, department, issues, saved, mayWrite, history }: { provider: ProviderDetails; department: DepartmentValues; issues: FieldIssue[]; saved: string | undefined; mayWrite: boolean; history: EntityHistory }) {
  return (
    <Layout title={p.name} breadcrumbs={[['Tilbud', '/providers']]}>
      <h1>{p.name}</h1>
      <SavedNotice saved={saved} what="Tilbuddet" />
      <dl class="summary-list">
        <SummaryRow term="Socialtilsyn">{p.authorityName}</SummaryRow>
        <SummaryRow term="Kommune">{p.municipality}</SummaryRow>
        <SummaryRow term="Ejerform">{p.ownership ? OWNERSHIP_LABEL[p.ownership] : 'Ikke oplyst'}</SummaryRow>
        <SummaryRow term="Lovgrundlag">{p.legalBases.map((b) => labelOf(LEGAL_BASIS_LABEL, b)).join(', ') || 'Ikke angivet'}</SummaryRow>
        <SummaryRow term="Særlige forhold">{p.flags.map((f) => labelOf(PROVIDER_FLAG_LABEL, f)).join(', ') || 'Ingen'}</SummaryRow>
        <SummaryRow term="Målgrupper">{p.targetGroups.join(', ') || 'Ikke angivet'}</SummaryRow>
        <SummaryRow term="Metoder">{p.methods.join(', ') || 'Ikke angivet'}</SummaryRow>
        <SummaryRow term="Antal pladser">{String(p.places)}</SummaryRow>
      </dl>
      {mayWrite && <p><a class="button button-secondary" href={`/providers/${p.id}/edit`}>Rediger tilbud</a></p>}

      <h2 id="afdelinger">Afdelinger</h2>
      {p.departments.length === 0 ? (
        <p>Tilbuddet har ingen afdelinger registreret.</p>
      ) : (
        <ScrollRegion label={`Afdelinger (${p.departments.length})`}>
          <table class="table">
            <caption class="sr-only">Afdelinger ({p.departments.length})</caption>
            <thead>
              <tr><th scope="col">Afdeling</th><th scope="col">Pladser</th></tr>
            </thead>
            <tbody>
              {p.departments.map((d) => (
                <tr><th scope="row">{d.name}</th><td>{d.places}</td></tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      )}
      {mayWrite && (
        <section aria-labelledby="add-department-title">
          <h3 id="add-department-title">Tilføj afdeling</h3>
          <ErrorSummary issues={issues} title="Afdelingen blev ikke tilføjet" />
          <form method="post" action={`/providers/${p.id}/departments`} novalidate>
            <Csrf />
            <TextField name="name" label="Afdelingens navn" value={department.name} issues={issues} required />
            <TextField name="places" label="Antal pladser" type="number" value={department.places} issues={issues} required />
            <button type="submit" class="button button-secondary">Tilføj afdeling</button>
          </form>
        </section>
      )}

      <InspectionHistory {...history} what="tilbuddet" />
    </Layout>
  );
}

export function EditProviderPage({ provider, values, issues }: { provider: ProviderDetails; values: ProviderValues; issues: FieldIssue[] }) {
  return (
    <Layout title="Rediger tilbud" breadcrumbs={[['Tilbud', '/providers'], [provider.name, `/providers/${provider.id}`]]}>
      <h1>Rediger tilbud</h1>
      <p>Socialtilsyn: {provider.authorityName}</p>
      <ErrorSummary issues={issues} title="Ændringerne blev ikke gemt" />
      <ProviderForm action={`/providers/${provider.id}`} values={values} issues={issues} authorities={null} submit="Gem ændringer" />
    </Layout>
  );
}

export type FosterFamilyValues = { authorityId: string; name: string; municipality: string; typology: string; approvedOn: string; childrenInCare: string };

export const emptyFosterFamily: FosterFamilyValues = { authorityId: '', name: '', municipality: '', typology: '', approvedOn: '', childrenInCare: '0' };

export const fosterFamilyValuesFrom = (f: FosterFamily): FosterFamilyValues => ({
  authorityId: f.authorityId,
  name: f.name,
  municipality: f.municipality,
  typology: f.typology,
  approvedOn: f.approvedOn ?? '',
  childrenInCare: String(f.childrenInCare),
});

export const fosterFamilyValuesFromForm = (b: Body): FosterFamilyValues => ({
  authorityId: one(b.authorityId),
  name: one(b.name),
  municipality: one(b.municipality),
  typology: one(b.typology),
  approvedOn: one(b.approvedOn),
  childrenInCare: one(b.childrenInCare),
});

export const fosterFamilyOptions = (v: FosterFamilyValues): CreateFosterFamilyOptions => ({
  name: v.name,
  municipality: v.municipality,
  typology: v.typology as Typology,
  approvedOn: v.approvedOn,
  childrenInCare: v.childrenInCare,
});

export function FosterFamilyForm(props: { action: string; values: FosterFamilyValues; issues: FieldIssue[]; authorities: { id: string; name: string }[] | null; submit: string }) {
  const { values: v, issues } = props;
  return (
    <form method="post" action={props.action} novalidate>
      <Csrf />
      {props.authorities && <AuthorityField choices={props.authorities} value={v.authorityId} issues={issues} />}
      <TextField name="name" label="Navn" value={v.name} issues={issues} required />
      <TextField name="municipality" label="Kommune" value={v.municipality} issues={issues} required hint="Den kommune, plejefamilien bor i." />
      <ChoiceGroup type="radio" name="typology" label="Typologi" issues={issues} values={v.typology ? [v.typology] : []}
        options={TYPOLOGIES.map((t): [string, string] => [t, TYPOLOGY_LABEL[t]])} />
      <TextField name="approvedOn" label="Godkendelsesdato" type="date" value={v.approvedOn} issues={issues}
        hint="Format åååå-mm-dd. Lad feltet stå tomt, hvis plejefamilien endnu ikke er godkendt." />
      <TextField name="childrenInCare" label="Antal børn i pleje" type="number" value={v.childrenInCare} issues={issues} required
        hint="Skriv 0, hvis der ikke er et barn i pleje." />
      <button type="submit" class="button button-primary">{props.submit}</button>
    </form>
  );
}

export function NewFosterFamilyPage({ values, issues, authorities }: { values: FosterFamilyValues; issues: FieldIssue[]; authorities: AuthorityChoice[] | null }) {
  return (
    <Layout title="Opret plejefamilie" breadcrumbs={[['Plejefamilier', '/foster-families']]}>
      <h1>Opret plejefamilie</h1>
      <ErrorSummary issues={issues} />
      <FosterFamilyForm action="/foster-families" values={values} issues={issues}
        authorities={authorities} submit="Opret plejefamilie" />
    </Layout>
  );
}

export function EditFosterFamilyPage({ family, values, issues }: { family: FosterFamilyDetails; values: FosterFamilyValues; issues: FieldIssue[] }) {
  return (
    <Layout title="Rediger plejefamilie" breadcrumbs={[['Plejefamilier', '/foster-families'], [family.name, `/foster-families/${family.id}`]]}>
      <h1>Rediger plejefamilie</h1>
      <p>Socialtilsyn: {family.authorityName}</p>
      <ErrorSummary issues={issues} title="Ændringerne blev ikke gemt" />
      <FosterFamilyForm action={`/foster-families/${family.id}`} values={values} issues={issues} authorities={null} submit="Gem ændringer" />
    </Layout>
  );
}

export function FosterFamilyPage({ family: f, saved, mayWrite, history }: { family: FosterFamilyDetails; saved: string | undefined; mayWrite: boolean; history: EntityHistory }) {
  return (
    <Layout title={f.name} breadcrumbs={[['Plejefamilier', '/foster-families']]}>
      <h1>{f.name}</h1>
      <SavedNotice saved={saved} what="Plejefamilien" />
      <dl class="summary-list">
        <SummaryRow term="Socialtilsyn">{f.authorityName}</SummaryRow>
        <SummaryRow term="Kommune">{f.municipality}</SummaryRow>
        <SummaryRow term="Typologi">{labelOf(TYPOLOGY_LABEL, f.typology)}</SummaryRow>
        <SummaryRow term="Godkendt">{f.approvedOn ? danishDate(f.approvedOn) : 'Ikke godkendt'}</SummaryRow>
        <SummaryRow term="Børn i pleje">{childrenInCareText(f.childrenInCare)}</SummaryRow>
      </dl>
      {mayWrite && <p><a class="button button-secondary" href={`/foster-families/${f.id}/edit`}>Rediger plejefamilie</a></p>}

      <InspectionHistory {...history} what="plejefamilien" />
    </Layout>
  );
}
