// The register: providers (tilbud) with their departments, and foster families (plejefamilier).
// Lists with a name search, details, and forms to register and edit. Access is decided by the
// services; the pages only hide forms the user could not use anyway.
import { capitalise } from '../../core/labels.ts';
import { Hono, type Context } from 'hono';
import type { Child } from 'hono/jsx';
import { formatDanishDate } from '../../core/calendar.ts';
import { LEGAL_BASIS_LABEL, PROVIDER_FLAG_LABEL, TYPOLOGY_LABEL as ENTITY_TYPOLOGY_LABEL } from '../../core/labels.ts';
import { LEGAL_BASES, PROVIDER_FLAGS, TYPOLOGIES, type Typology } from '../../core/model/catalog-parts.ts';
import type { Actor } from '../../services/actor.ts';
import { requireAbility } from '../../services/permissions.ts';
import { registerAbilities } from '../../services/policies/abilities.ts';
import { ServiceError, type FieldIssue } from '../../services/service-error.ts';
import { createProvider, registerAuthorityChoices, type CreateProviderOptions } from '../../services/register/create-provider.ts';
import { getProvider, type Provider, type ProviderDetails } from '../../services/register/get-provider.ts';
import { listProviders } from '../../services/register/list-providers.ts';
import { updateProvider } from '../../services/register/update-provider.ts';
import { addDepartment } from '../../services/register/add-department.ts';
import { createFosterFamily, type CreateFosterFamilyOptions } from '../../services/register/create-foster-family.ts';
import { getFosterFamily, type FosterFamily, type FosterFamilyDetails } from '../../services/register/get-foster-family.ts';
import { listFosterFamilies } from '../../services/register/list-foster-families.ts';
import { updateFosterFamily } from '../../services/register/update-foster-family.ts';
import type { WebEnv } from '../env.ts';
import { formData, requireActor } from '../require-actor.ts';
import { Layout } from '../views/layout.tsx';
import { ChoiceGroup, Csrf, ErrorSummary, SelectField, TextArea, TextField } from '../views/forms.tsx';

export const registerRoutes = new Hono<WebEnv>();

// ---- Danish labels --------------------------------------------------------------------------

// Register pages start a sentence or a table cell with the typology.
const TYPOLOGY_LABEL: Record<Typology, string> = {
  almindelig: capitalise(ENTITY_TYPOLOGY_LABEL.almindelig),
  forstaerket: capitalise(ENTITY_TYPOLOGY_LABEL.forstaerket),
  specialiseret: capitalise(ENTITY_TYPOLOGY_LABEL.specialiseret),
};

const labelOf = <K extends string>(labels: Record<K, string>, key: string) => (labels as Record<string, string>)[key] ?? key;

export function childrenInCareText(n: number): string {
  if (n === 0) return 'Intet barn i pleje';
  return n === 1 ? '1 barn i pleje' : `${n} børn i pleje`;
}

/** yyyy-mm-dd as "5. marts 2024". */
export const danishDate = (iso: string | null): string => (iso ? formatDanishDate(iso) : '');

// ---- form input ---------------------------------------------------------------------------

type Body = Record<string, string | string[]>;
const one = (v: string | string[] | undefined) => (Array.isArray(v) ? (v[0] ?? '') : (v ?? ''));
const many = (v: string | string[] | undefined) => (v === undefined ? [] : Array.isArray(v) ? v : [v]);
const lines = (text: string) => text.split(/\r?\n/).map((l) => l.trim()).filter(Boolean);

function rethrowUnlessInvalid(e: unknown): FieldIssue[] {
  if (e instanceof ServiceError && e.code === 'invalid') return e.fields;
  throw e;
}

function SavedNotice({ c, what }: { c: Context<WebEnv>; what: string }) {
  const saved = c.req.query('gemt');
  if (!saved) return null;
  return (
    <div class="alert alert-success" role="status">
      <div class="alert-body"><p class="alert-text">{saved === 'ny' ? `${what} er oprettet.` : 'Ændringerne er gemt.'}</p></div>
    </div>
  );
}

function SearchForm({ action, value, label }: { action: string; value: string; label: string }) {
  return (
    <form method="get" action={action} role="search" class="mb-6">
      <TextField name="q" label={label} type="search" value={value} />
      <button type="submit" class="button button-secondary">Søg</button>
    </form>
  );
}

function AuthorityField({ choices, value, issues }: { choices: { id: string; name: string }[]; value: string; issues: FieldIssue[] }) {
  return (
    <SelectField name="authorityId" label="Socialtilsyn" value={value} issues={issues} placeholder="Vælg socialtilsyn"
      options={choices.map((a): [string, string] => [a.id, a.name])} />
  );
}

/** Administrators have no authority of their own and choose one; the others register in theirs. */
const choosesAuthority = (actor: Actor) => !actor.authorityId;

function Detail({ term, children }: { term: string; children?: Child }) {
  return (
    <>
      <dt>{term}</dt>
      <dd>{children}</dd>
    </>
  );
}

/** A form that failed validation is shown again only to those who could have saved it. */
function requireWrite(actor: Actor, target: { authorityId: string; providerId?: string; fosterFamilyId?: string }): void {
  requireAbility(registerAbilities(actor, target).write);
}

// ---- providers ------------------------------------------------------------------------------

type ProviderValues = {
  authorityId: string;
  name: string;
  municipality: string;
  legalBases: string[];
  flags: string[];
  targetGroups: string;
  methods: string;
  places: string;
};

const emptyProvider: ProviderValues = { authorityId: '', name: '', municipality: '', legalBases: [], flags: [], targetGroups: '', methods: '', places: '' };

const providerValuesFrom = (p: Provider): ProviderValues => ({
  authorityId: p.authorityId,
  name: p.name,
  municipality: p.municipality,
  legalBases: p.legalBases,
  flags: p.flags,
  targetGroups: p.targetGroups.join('\n'),
  methods: p.methods.join('\n'),
  places: String(p.places),
});

const providerValuesFromForm = (b: Body): ProviderValues => ({
  authorityId: one(b.authorityId),
  name: one(b.name),
  municipality: one(b.municipality),
  legalBases: many(b.legalBases),
  flags: many(b.flags),
  targetGroups: one(b.targetGroups),
  methods: one(b.methods),
  places: one(b.places),
});

const providerOptions = (v: ProviderValues): CreateProviderOptions => ({
  name: v.name,
  municipality: v.municipality,
  legalBases: v.legalBases,
  flags: v.flags,
  targetGroups: lines(v.targetGroups),
  methods: lines(v.methods),
  places: v.places,
});

function ProviderForm(props: { action: string; values: ProviderValues; issues: FieldIssue[]; authorities: { id: string; name: string }[] | null; submit: string }) {
  const { values: v, issues } = props;
  return (
    <form method="post" action={props.action} novalidate>
      <Csrf />
      {props.authorities && <AuthorityField choices={props.authorities} value={v.authorityId} issues={issues} />}
      <TextField name="name" label="Navn" value={v.name} issues={issues} required />
      <TextField name="municipality" label="Kommune" value={v.municipality} issues={issues} required hint="Den kommune, tilbuddet ligger i." />
      <ChoiceGroup type="checkbox" name="legalBases" label="Lovgrundlag" issues={issues} values={v.legalBases}
        hint="Vælg mindst ét." options={LEGAL_BASES.map((b): [string, string] => [b, LEGAL_BASIS_LABEL[b]])} />
      <ChoiceGroup type="checkbox" name="flags" label="Særlige forhold" issues={issues} values={v.flags}
        options={PROVIDER_FLAGS.map((f): [string, string] => [f, PROVIDER_FLAG_LABEL[f]])} />
      <TextArea name="targetGroups" label="Målgrupper" value={v.targetGroups} issues={issues} rows={4} hint="Én målgruppe pr. linje." />
      <TextArea name="methods" label="Metoder" value={v.methods} issues={issues} rows={4} hint="Én metode pr. linje." />
      <TextField name="places" label="Antal pladser" type="number" value={v.places} issues={issues} required />
      <button type="submit" class="button button-primary">{props.submit}</button>
    </form>
  );
}

registerRoutes.get('/providers', async (c) => {
  const actor = requireActor(c);
  const services = c.get('services');
  const q = c.req.query('q') ?? '';
  const [rows, choices] = await Promise.all([listProviders(services, actor, { search: q }), registerAuthorityChoices(services, actor)]);
  return c.html(
    <Layout title="Tilbud">
      <h1>Tilbud</h1>
      {choices.length > 0 && <p><a class="button button-primary" href="/providers/new">Opret tilbud</a></p>}
      <SearchForm action="/providers" value={q} label="Søg efter tilbud (navn)" />
      {rows.length === 0 ? (
        <p>{q ? 'Ingen tilbud matcher søgningen.' : 'Der er ingen tilbud at vise.'}</p>
      ) : (
        <table class="table">
          <caption>{q ? `Tilbud, der matcher "${q}" (${rows.length})` : `Tilbud (${rows.length})`}</caption>
          <thead>
            <tr>
              <th scope="col">Navn</th>
              <th scope="col">Kommune</th>
              <th scope="col">Lovgrundlag</th>
              <th scope="col">Pladser</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((p) => (
              <tr>
                <th scope="row"><a href={`/providers/${p.id}`}>{p.name}</a></th>
                <td>{p.municipality}</td>
                <td>{p.legalBases.map((b) => labelOf(LEGAL_BASIS_LABEL, b)).join(', ')}</td>
                <td>{p.places}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </Layout>,
  );
});

function NewProviderPage({ c, actor, values, issues, choices }: { c: Context<WebEnv>; actor: Actor; values: ProviderValues; issues: FieldIssue[]; choices: { id: string; name: string }[] }) {
  return (
    <Layout title="Opret tilbud" breadcrumbs={[['Tilbud', '/providers']]}>
      <h1>Opret tilbud</h1>
      <ErrorSummary issues={issues} />
      <ProviderForm action="/providers" values={values} issues={issues}
        authorities={choosesAuthority(actor) ? choices : null} submit="Opret tilbud" />
    </Layout>
  );
}

registerRoutes.get('/providers/new', async (c) => {
  const actor = requireActor(c);
  const choices = await registerAuthorityChoices(c.get('services'), actor);
  requireAbility(choices.length > 0);
  return c.html(<NewProviderPage c={c} actor={actor} values={emptyProvider} issues={[]} choices={choices} />);
});

registerRoutes.post('/providers', async (c) => {
  const actor = requireActor(c);
  const services = c.get('services');
  const values = providerValuesFromForm(await formData(c));
  try {
    const created = await createProvider(services, actor, { ...providerOptions(values), authorityId: choosesAuthority(actor) ? values.authorityId : null });
    return c.redirect(`/providers/${created.id}?gemt=ny`, 303);
  } catch (e) {
    const issues = rethrowUnlessInvalid(e);
    const choices = await registerAuthorityChoices(services, actor);
    return c.html(<NewProviderPage c={c} actor={actor} values={values} issues={issues} choices={choices} />, 400);
  }
});

type DepartmentValues = { name: string; places: string };

function ProviderPage({ c, actor, provider: p, department, issues }: { c: Context<WebEnv>; actor: Actor; provider: ProviderDetails; department: DepartmentValues; issues: FieldIssue[] }) {
  const mayWrite = registerAbilities(actor, { authorityId: p.authorityId, providerId: p.id }).write;
  return (
    <Layout title={p.name} breadcrumbs={[['Tilbud', '/providers']]}>
      <h1>{p.name}</h1>
      <SavedNotice c={c} what="Tilbuddet" />
      <dl>
        <Detail term="Socialtilsyn">{p.authorityName}</Detail>
        <Detail term="Kommune">{p.municipality}</Detail>
        <Detail term="Lovgrundlag">{p.legalBases.map((b) => labelOf(LEGAL_BASIS_LABEL, b)).join(', ') || 'Ikke angivet'}</Detail>
        <Detail term="Særlige forhold">{p.flags.map((f) => labelOf(PROVIDER_FLAG_LABEL, f)).join(', ') || 'Ingen'}</Detail>
        <Detail term="Målgrupper">{p.targetGroups.join(', ') || 'Ikke angivet'}</Detail>
        <Detail term="Metoder">{p.methods.join(', ') || 'Ikke angivet'}</Detail>
        <Detail term="Antal pladser">{String(p.places)}</Detail>
      </dl>
      {mayWrite && <p><a class="button button-secondary" href={`/providers/${p.id}/edit`}>Rediger tilbud</a></p>}

      <h2 id="afdelinger">Afdelinger</h2>
      {p.departments.length === 0 ? (
        <p>Tilbuddet har ingen afdelinger registreret.</p>
      ) : (
        <table class="table">
          <caption>Afdelinger ({p.departments.length})</caption>
          <thead>
            <tr><th scope="col">Afdeling</th><th scope="col">Pladser</th></tr>
          </thead>
          <tbody>
            {p.departments.map((d) => (
              <tr><th scope="row">{d.name}</th><td>{d.places}</td></tr>
            ))}
          </tbody>
        </table>
      )}
      {mayWrite && (
        <section aria-labelledby="add-department-title">
          <h3 id="add-department-title">Tilføj afdeling</h3>
          <ErrorSummary issues={issues} message="Afdelingen blev ikke tilføjet" />
          <form method="post" action={`/providers/${p.id}/departments`} novalidate>
            <Csrf />
            <TextField name="name" label="Afdelingens navn" value={department.name} issues={issues} required />
            <TextField name="places" label="Antal pladser" type="number" value={department.places} issues={issues} required />
            <button type="submit" class="button button-secondary">Tilføj afdeling</button>
          </form>
        </section>
      )}

      <h2 id="tilsyn">Tilsyn</h2>
      <p>Der er ingen tilsyn at vise for tilbuddet.</p>
    </Layout>
  );
}

registerRoutes.get('/providers/:id', async (c) => {
  const actor = requireActor(c);
  const provider = await getProvider(c.get('services'), actor, { id: c.req.param('id') });
  return c.html(<ProviderPage c={c} actor={actor} provider={provider} department={{ name: '', places: '' }} issues={[]} />);
});

registerRoutes.post('/providers/:id/departments', async (c) => {
  const actor = requireActor(c);
  const services = c.get('services');
  const id = c.req.param('id');
  const body = await formData(c);
  const department = { name: one(body.name), places: one(body.places) };
  try {
    await addDepartment(services, actor, { providerId: id, ...department });
    return c.redirect(`/providers/${id}#afdelinger`, 303);
  } catch (e) {
    const issues = rethrowUnlessInvalid(e);
    const provider = await getProvider(services, actor, { id });
    requireWrite(actor, { authorityId: provider.authorityId, providerId: provider.id });
    return c.html(<ProviderPage c={c} actor={actor} provider={provider} department={department} issues={issues} />, 400);
  }
});

function EditProviderPage({ c, actor, provider, values, issues }: { c: Context<WebEnv>; actor: Actor; provider: ProviderDetails; values: ProviderValues; issues: FieldIssue[] }) {
  return (
    <Layout title="Rediger tilbud" breadcrumbs={[['Tilbud', '/providers'], [provider.name, `/providers/${provider.id}`]]}>
      <h1>Rediger tilbud</h1>
      <p>Socialtilsyn: {provider.authorityName}</p>
      <ErrorSummary issues={issues} message="Ændringerne blev ikke gemt" />
      <ProviderForm action={`/providers/${provider.id}`} values={values} issues={issues} authorities={null} submit="Gem ændringer" />
    </Layout>
  );
}

registerRoutes.get('/providers/:id/edit', async (c) => {
  const actor = requireActor(c);
  const provider = await getProvider(c.get('services'), actor, { id: c.req.param('id') });
  requireWrite(actor, { authorityId: provider.authorityId, providerId: provider.id });
  return c.html(<EditProviderPage c={c} actor={actor} provider={provider} values={providerValuesFrom(provider)} issues={[]} />);
});

registerRoutes.post('/providers/:id', async (c) => {
  const actor = requireActor(c);
  const services = c.get('services');
  const id = c.req.param('id');
  const values = providerValuesFromForm(await formData(c));
  try {
    await updateProvider(services, actor, { id, ...providerOptions(values) });
    return c.redirect(`/providers/${id}?gemt=1`, 303);
  } catch (e) {
    const issues = rethrowUnlessInvalid(e);
    const provider = await getProvider(services, actor, { id });
    requireWrite(actor, { authorityId: provider.authorityId, providerId: provider.id });
    return c.html(<EditProviderPage c={c} actor={actor} provider={provider} values={values} issues={issues} />, 400);
  }
});

// ---- foster families ------------------------------------------------------------------------

type FosterFamilyValues = { authorityId: string; name: string; municipality: string; typology: string; approvedOn: string; childrenInCare: string };

const emptyFosterFamily: FosterFamilyValues = { authorityId: '', name: '', municipality: '', typology: '', approvedOn: '', childrenInCare: '0' };

const fosterFamilyValuesFrom = (f: FosterFamily): FosterFamilyValues => ({
  authorityId: f.authorityId,
  name: f.name,
  municipality: f.municipality,
  typology: f.typology,
  approvedOn: f.approvedOn ?? '',
  childrenInCare: String(f.childrenInCare),
});

const fosterFamilyValuesFromForm = (b: Body): FosterFamilyValues => ({
  authorityId: one(b.authorityId),
  name: one(b.name),
  municipality: one(b.municipality),
  typology: one(b.typology),
  approvedOn: one(b.approvedOn),
  childrenInCare: one(b.childrenInCare),
});

const fosterFamilyOptions = (v: FosterFamilyValues): CreateFosterFamilyOptions => ({
  name: v.name,
  municipality: v.municipality,
  typology: v.typology,
  approvedOn: v.approvedOn,
  childrenInCare: v.childrenInCare,
});

function FosterFamilyForm(props: { action: string; values: FosterFamilyValues; issues: FieldIssue[]; authorities: { id: string; name: string }[] | null; submit: string }) {
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

registerRoutes.get('/foster-families', async (c) => {
  const actor = requireActor(c);
  const services = c.get('services');
  const q = c.req.query('q') ?? '';
  const [rows, choices] = await Promise.all([listFosterFamilies(services, actor, { search: q }), registerAuthorityChoices(services, actor)]);
  return c.html(
    <Layout title="Plejefamilier">
      <h1>Plejefamilier</h1>
      {choices.length > 0 && <p><a class="button button-primary" href="/foster-families/new">Opret plejefamilie</a></p>}
      <SearchForm action="/foster-families" value={q} label="Søg efter plejefamilie (navn)" />
      {rows.length === 0 ? (
        <p>{q ? 'Ingen plejefamilier matcher søgningen.' : 'Der er ingen plejefamilier at vise.'}</p>
      ) : (
        <table class="table">
          <caption>{q ? `Plejefamilier, der matcher "${q}" (${rows.length})` : `Plejefamilier (${rows.length})`}</caption>
          <thead>
            <tr>
              <th scope="col">Navn</th>
              <th scope="col">Kommune</th>
              <th scope="col">Typologi</th>
              <th scope="col">Børn i pleje</th>
              <th scope="col">Godkendt</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((f) => (
              <tr>
                <th scope="row"><a href={`/foster-families/${f.id}`}>{f.name}</a></th>
                <td>{f.municipality}</td>
                <td>{labelOf(TYPOLOGY_LABEL, f.typology)}</td>
                <td>{childrenInCareText(f.childrenInCare)}</td>
                <td>{f.approvedOn ? danishDate(f.approvedOn) : 'Ikke godkendt'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </Layout>,
  );
});

function NewFosterFamilyPage({ c, actor, values, issues, choices }: { c: Context<WebEnv>; actor: Actor; values: FosterFamilyValues; issues: FieldIssue[]; choices: { id: string; name: string }[] }) {
  return (
    <Layout title="Opret plejefamilie" breadcrumbs={[['Plejefamilier', '/foster-families']]}>
      <h1>Opret plejefamilie</h1>
      <ErrorSummary issues={issues} />
      <FosterFamilyForm action="/foster-families" values={values} issues={issues}
        authorities={choosesAuthority(actor) ? choices : null} submit="Opret plejefamilie" />
    </Layout>
  );
}

registerRoutes.get('/foster-families/new', async (c) => {
  const actor = requireActor(c);
  const choices = await registerAuthorityChoices(c.get('services'), actor);
  requireAbility(choices.length > 0);
  return c.html(<NewFosterFamilyPage c={c} actor={actor} values={emptyFosterFamily} issues={[]} choices={choices} />);
});

registerRoutes.post('/foster-families', async (c) => {
  const actor = requireActor(c);
  const services = c.get('services');
  const values = fosterFamilyValuesFromForm(await formData(c));
  try {
    const created = await createFosterFamily(services, actor, { ...fosterFamilyOptions(values), authorityId: choosesAuthority(actor) ? values.authorityId : null });
    return c.redirect(`/foster-families/${created.id}?gemt=ny`, 303);
  } catch (e) {
    const issues = rethrowUnlessInvalid(e);
    const choices = await registerAuthorityChoices(services, actor);
    return c.html(<NewFosterFamilyPage c={c} actor={actor} values={values} issues={issues} choices={choices} />, 400);
  }
});

registerRoutes.get('/foster-families/:id', async (c) => {
  const actor = requireActor(c);
  const f: FosterFamilyDetails = await getFosterFamily(c.get('services'), actor, { id: c.req.param('id') });
  const mayWrite = registerAbilities(actor, { authorityId: f.authorityId, fosterFamilyId: f.id }).write;
  return c.html(
    <Layout title={f.name} breadcrumbs={[['Plejefamilier', '/foster-families']]}>
      <h1>{f.name}</h1>
      <SavedNotice c={c} what="Plejefamilien" />
      <dl>
        <Detail term="Socialtilsyn">{f.authorityName}</Detail>
        <Detail term="Kommune">{f.municipality}</Detail>
        <Detail term="Typologi">{labelOf(TYPOLOGY_LABEL, f.typology)}</Detail>
        <Detail term="Godkendt">{f.approvedOn ? danishDate(f.approvedOn) : 'Ikke godkendt'}</Detail>
        <Detail term="Børn i pleje">{childrenInCareText(f.childrenInCare)}</Detail>
      </dl>
      {mayWrite && <p><a class="button button-secondary" href={`/foster-families/${f.id}/edit`}>Rediger plejefamilie</a></p>}

      <h2 id="tilsyn">Tilsyn</h2>
      <p>Der er ingen tilsyn at vise for plejefamilien.</p>
    </Layout>,
  );
});

function EditFosterFamilyPage({ c, actor, family, values, issues }: { c: Context<WebEnv>; actor: Actor; family: FosterFamilyDetails; values: FosterFamilyValues; issues: FieldIssue[] }) {
  return (
    <Layout title="Rediger plejefamilie" breadcrumbs={[['Plejefamilier', '/foster-families'], [family.name, `/foster-families/${family.id}`]]}>
      <h1>Rediger plejefamilie</h1>
      <p>Socialtilsyn: {family.authorityName}</p>
      <ErrorSummary issues={issues} message="Ændringerne blev ikke gemt" />
      <FosterFamilyForm action={`/foster-families/${family.id}`} values={values} issues={issues} authorities={null} submit="Gem ændringer" />
    </Layout>
  );
}

registerRoutes.get('/foster-families/:id/edit', async (c) => {
  const actor = requireActor(c);
  const family = await getFosterFamily(c.get('services'), actor, { id: c.req.param('id') });
  requireWrite(actor, { authorityId: family.authorityId, fosterFamilyId: family.id });
  return c.html(<EditFosterFamilyPage c={c} actor={actor} family={family} values={fosterFamilyValuesFrom(family)} issues={[]} />);
});

registerRoutes.post('/foster-families/:id', async (c) => {
  const actor = requireActor(c);
  const services = c.get('services');
  const id = c.req.param('id');
  const values = fosterFamilyValuesFromForm(await formData(c));
  try {
    await updateFosterFamily(services, actor, { id, ...fosterFamilyOptions(values) });
    return c.redirect(`/foster-families/${id}?gemt=1`, 303);
  } catch (e) {
    const issues = rethrowUnlessInvalid(e);
    const family = await getFosterFamily(services, actor, { id });
    requireWrite(actor, { authorityId: family.authorityId, fosterFamilyId: family.id });
    return c.html(<EditFosterFamilyPage c={c} actor={actor} family={family} values={values} issues={issues} />, 400);
  }
});
