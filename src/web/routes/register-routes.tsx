// The register: providers (tilbud) with their departments, and foster families (plejefamilier).
// Lists with a name search, details, and forms to register and edit. Access is decided by the
// services; the pages only hide forms the user could not use anyway.
import { Detail, EditFosterFamilyPage, EditProviderPage, NewFosterFamilyPage, NewProviderPage, ProviderPage, SavedNotice, SearchForm, TYPOLOGY_LABEL, childrenInCareText, danishDate, emptyFosterFamily, emptyProvider, fosterFamilyOptions, fosterFamilyValuesFrom, fosterFamilyValuesFromForm, labelOf, one, providerOptions, providerValuesFrom, providerValuesFromForm } from '../views/register/register-pages.tsx';
import { Hono } from 'hono';
import { LEGAL_BASIS_LABEL } from '../../core/labels.ts';
import type { Actor } from '../../services/actor.ts';
import { requireAbility } from '../../services/permissions.ts';
import { registerAbilities } from '../../services/policies/abilities.ts';
import { ServiceError, type FieldIssue } from '../../services/service-error.ts';
import { createProvider, registerAuthorityChoices } from '../../services/register/create-provider.ts';
import { getProvider } from '../../services/register/get-provider.ts';
import { listProviders } from '../../services/register/list-providers.ts';
import { updateProvider } from '../../services/register/update-provider.ts';
import { addDepartment } from '../../services/register/add-department.ts';
import { createFosterFamily } from '../../services/register/create-foster-family.ts';
import { getFosterFamily, type FosterFamilyDetails } from '../../services/register/get-foster-family.ts';
import { listFosterFamilies } from '../../services/register/list-foster-families.ts';
import { updateFosterFamily } from '../../services/register/update-foster-family.ts';
import type { WebEnv } from '../env.ts';
import { formData, requireActor } from '../require-actor.ts';
import { Layout } from '../views/layout.tsx';

export const registerRoutes = new Hono<WebEnv>();

function rethrowUnlessInvalid(e: unknown): FieldIssue[] {
  if (e instanceof ServiceError && e.code === 'invalid') return e.fields;
  throw e;
}

/** An operator (no authority of their own) chooses the authority; staff register in their own. */
const choosesAuthority = (actor: Actor) => !actor.authorityId;

/** A form that failed validation is shown again only to those who could have saved it. */
function requireWrite(actor: Actor, target: { authorityId: string; providerId?: string; fosterFamilyId?: string }): void {
  requireAbility(registerAbilities(actor, target).write);
}

// ---- providers ------------------------------------------------------------------------------

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

registerRoutes.get('/providers/new', async (c) => {
  const actor = requireActor(c);
  const choices = await registerAuthorityChoices(c.get('services'), actor);
  requireAbility(choices.length > 0);
  return c.html(<NewProviderPage values={emptyProvider} issues={[]} authorities={choosesAuthority(actor) ? choices : null} />);
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
    return c.html(<NewProviderPage values={values} issues={issues} authorities={choosesAuthority(actor) ? choices : null} />, 400);
  }
});

registerRoutes.get('/providers/:id', async (c) => {
  const actor = requireActor(c);
  const provider = await getProvider(c.get('services'), actor, { id: c.req.param('id') });
  return c.html(<ProviderPage provider={provider} saved={c.req.query('gemt')} mayWrite={registerAbilities(actor, { authorityId: provider.authorityId, providerId: provider.id }).write} department={{ name: '', places: '' }} issues={[]} />);
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
    return c.html(<ProviderPage provider={provider} saved={c.req.query('gemt')} mayWrite={registerAbilities(actor, { authorityId: provider.authorityId, providerId: provider.id }).write} department={department} issues={issues} />, 400);
  }
});

registerRoutes.get('/providers/:id/edit', async (c) => {
  const actor = requireActor(c);
  const provider = await getProvider(c.get('services'), actor, { id: c.req.param('id') });
  requireWrite(actor, { authorityId: provider.authorityId, providerId: provider.id });
  return c.html(<EditProviderPage provider={provider} values={providerValuesFrom(provider)} issues={[]} />);
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
    return c.html(<EditProviderPage provider={provider} values={values} issues={issues} />, 400);
  }
});

// ---- foster families ------------------------------------------------------------------------

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

registerRoutes.get('/foster-families/new', async (c) => {
  const actor = requireActor(c);
  const choices = await registerAuthorityChoices(c.get('services'), actor);
  requireAbility(choices.length > 0);
  return c.html(<NewFosterFamilyPage values={emptyFosterFamily} issues={[]} authorities={choosesAuthority(actor) ? choices : null} />);
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
    return c.html(<NewFosterFamilyPage values={values} issues={issues} authorities={choosesAuthority(actor) ? choices : null} />, 400);
  }
});

registerRoutes.get('/foster-families/:id', async (c) => {
  const actor = requireActor(c);
  const f: FosterFamilyDetails = await getFosterFamily(c.get('services'), actor, { id: c.req.param('id') });
  const mayWrite = registerAbilities(actor, { authorityId: f.authorityId, fosterFamilyId: f.id }).write;
  return c.html(
    <Layout title={f.name} breadcrumbs={[['Plejefamilier', '/foster-families']]}>
      <h1>{f.name}</h1>
      <SavedNotice saved={c.req.query('gemt')} what="Plejefamilien" />
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

registerRoutes.get('/foster-families/:id/edit', async (c) => {
  const actor = requireActor(c);
  const family = await getFosterFamily(c.get('services'), actor, { id: c.req.param('id') });
  requireWrite(actor, { authorityId: family.authorityId, fosterFamilyId: family.id });
  return c.html(<EditFosterFamilyPage family={family} values={fosterFamilyValuesFrom(family)} issues={[]} />);
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
    return c.html(<EditFosterFamilyPage family={family} values={values} issues={issues} />, 400);
  }
});
