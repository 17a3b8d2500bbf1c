// The register: providers (tilbud) with their departments, and foster families (plejefamilier).
// Lists with a name search, details, and forms to register and edit. Access is decided by the
// services; the pages only hide forms the user could not use anyway.
import { EditFosterFamilyPage, FosterFamilyPage, EditProviderPage, NewFosterFamilyPage, NewProviderPage, ProviderPage, emptyFosterFamily, emptyProvider, fosterFamilyOptions, fosterFamilyValuesFrom, fosterFamilyValuesFromForm, one, providerOptions, providerValuesFrom, providerValuesFromForm } from '../views/register/register-pages.tsx';
import { Hono, type Context } from 'hono';
import { fieldIssues } from '../form-flow.ts';
import { listEntityInspections } from '../../services/inspections/list-entity-inspections.ts';
import type { CaseRecord } from '../../services/policies/organisation.ts';
import { FosterFamilyListPage, ProviderListPage } from '../views/register/list-pages.tsx';
import type { Actor } from '../../services/actor.ts';
import { requireAbility } from '../../services/permissions.ts';
import { inspectionAbilities, registerAbilities } from '../../services/policies/abilities.ts';
import { createProvider, registerAuthorityChoices } from '../../services/register/create-provider.ts';
import { getProvider } from '../../services/register/get-provider.ts';
import { listProviders } from '../../services/register/list-providers.ts';
import { updateProvider } from '../../services/register/update-provider.ts';
import { addDepartment } from '../../services/register/add-department.ts';
import { createFosterFamily } from '../../services/register/create-foster-family.ts';
import { getFosterFamily } from '../../services/register/get-foster-family.ts';
import { listFosterFamilies } from '../../services/register/list-foster-families.ts';
import { updateFosterFamily } from '../../services/register/update-foster-family.ts';
import type { WebEnv } from '../env.ts';
import { formData, requireActor } from '../require-actor.ts';

export const registerRoutes = new Hono<WebEnv>();


/** An operator (no authority of their own) chooses the authority; staff register in their own. */
const choosesAuthority = (actor: Actor) => !actor.authorityId;

/** A form that failed validation is shown again only to those who could have saved it. */
function requireWrite(actor: Actor, target: { authorityId: string; providerId?: string; fosterFamilyId?: string }): void {
  requireAbility(registerAbilities(actor, target).write);
}

/** A list's search (q), municipality (kommune), legal basis or typology, and page from the address. */
const listQuery = (c: Context<WebEnv>) => ({
  search: c.req.query('q') ?? '', municipality: c.req.query('kommune') ?? '', legalBasis: c.req.query('lovgrundlag') ?? '', typology: c.req.query('typologi') ?? '', page: c.req.query('page') ?? '',
});

// ---- providers ------------------------------------------------------------------------------

registerRoutes.get('/providers', async (c) => {
  const actor = requireActor(c);
  const services = c.get('services');
  const { search, municipality, legalBasis, page } = listQuery(c);
  const [list, choices] = await Promise.all([listProviders(services, actor, { search, municipality, legalBasis, page }), registerAuthorityChoices(services, actor)]);
  return c.html(<ProviderListPage list={list} search={search} municipality={municipality} kind={legalBasis} mayCreate={choices.length > 0} />);
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
    const issues = fieldIssues(e);
    const choices = await registerAuthorityChoices(services, actor);
    return c.html(<NewProviderPage values={values} issues={issues} authorities={choosesAuthority(actor) ? choices : null} />, 400);
  }
});

/** What a provider's or foster family's page shows beside its data: who may edit, and its inspections. */
async function entityPageParts(c: Context<WebEnv>, actor: Actor, record: CaseRecord, newInspection: string) {
  const abilities = inspectionAbilities(actor, record);
  const ref = record.providerId ? { providerId: record.providerId } : { fosterFamilyId: record.fosterFamilyId ?? '' };
  return {
    mayWrite: registerAbilities(actor, record).write,
    history: {
      inspections: abilities.read ? await listEntityInspections(c.get('services'), actor, ref) : null,
      createHref: abilities.write ? `/inspections/new?${newInspection}` : null,
    },
  };
}

const providerParts = (c: Context<WebEnv>, actor: Actor, provider: { id: string; authorityId: string }) =>
  entityPageParts(c, actor, { authorityId: provider.authorityId, providerId: provider.id }, `providerId=${provider.id}`);

registerRoutes.get('/providers/:id', async (c) => {
  const actor = requireActor(c);
  const provider = await getProvider(c.get('services'), actor, { id: c.req.param('id') });
  return c.html(<ProviderPage provider={provider} saved={c.req.query('gemt')} {...await providerParts(c, actor, provider)} department={{ name: '', places: '' }} issues={[]} />);
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
    const issues = fieldIssues(e);
    const provider = await getProvider(services, actor, { id });
    requireWrite(actor, { authorityId: provider.authorityId, providerId: provider.id });
    return c.html(<ProviderPage provider={provider} saved={c.req.query('gemt')} {...await providerParts(c, actor, provider)} department={department} issues={issues} />, 400);
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
    const issues = fieldIssues(e);
    const provider = await getProvider(services, actor, { id });
    requireWrite(actor, { authorityId: provider.authorityId, providerId: provider.id });
    return c.html(<EditProviderPage provider={provider} values={values} issues={issues} />, 400);
  }
});

// ---- foster families ------------------------------------------------------------------------

registerRoutes.get('/foster-families', async (c) => {
  const actor = requireActor(c);
  const services = c.get('services');
  const { search, municipality, typology, page } = listQuery(c);
  const [list, choices] = await Promise.all([listFosterFamilies(services, actor, { search, municipality, typology, page }), registerAuthorityChoices(services, actor)]);
  return c.html(<FosterFamilyListPage list={list} search={search} municipality={municipality} kind={typology} mayCreate={choices.length > 0} />);
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
    const issues = fieldIssues(e);
    const choices = await registerAuthorityChoices(services, actor);
    return c.html(<NewFosterFamilyPage values={values} issues={issues} authorities={choosesAuthority(actor) ? choices : null} />, 400);
  }
});

registerRoutes.get('/foster-families/:id', async (c) => {
  const actor = requireActor(c);
  const family = await getFosterFamily(c.get('services'), actor, { id: c.req.param('id') });
  const parts = await entityPageParts(c, actor, { authorityId: family.authorityId, fosterFamilyId: family.id }, `fosterFamilyId=${family.id}`);
  return c.html(<FosterFamilyPage family={family} saved={c.req.query('gemt')} {...parts} />);
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
    const issues = fieldIssues(e);
    const family = await getFosterFamily(services, actor, { id });
    requireWrite(actor, { authorityId: family.authorityId, fosterFamilyId: family.id });
    return c.html(<EditFosterFamilyPage family={family} values={values} issues={issues} />, 400);
  }
});
