// User administration for the administrator: the list with filters and pages, a new user, and one
// user with the forms to change, deactivate or reactivate, and reset the password. A password the
// system generates is shown once, on the page that follows the action.
import { ROLE_LABEL, REGION_LABEL } from '../../../core/labels.ts';
import { REGIONS, ROLES } from '../../../core/vocabulary.ts';
import type { FieldIssue } from '../../../services/service-error.ts';
import type { UserRecord } from '../../../services/users/user-record.ts';
import type { UserList } from '../../../services/users/list-users.ts';
import { Layout } from '../layout.tsx';
import { Csrf, SelectField, TextField } from '../forms.tsx';
import { ErrorSummary } from '../components/error-summary.tsx';
import { Notice } from '../components/notice.tsx';
import { Pagination, pageHref } from '../components/pagination.tsx';
import { Table } from '../components/table.tsx';
import { Tag } from '../components/tag.tsx';

export type AuthorityChoice = { id: string; name: string };
export type UserFormValues = { username: string; displayName: string; email: string; role: string; authorityId: string; providerId: string; fosterFamilyId: string; regionId: string };
export type UserFilters = { role: string; authorityId: string; active: string; search: string };

const REGION_NAMES = new Map<string, string>(Object.entries(REGION_LABEL));
const labelOfRegion = (id: string): string => REGION_NAMES.get(id) ?? id;
const ROLE_OPTIONS: [string, string][] = ROLES.map((r) => [r, ROLE_LABEL[r]]);
const BREADCRUMBS: [string, string][] = [['Forside', '/'], ['Brugere', '/users']];

export const emptyUserForm: UserFormValues = { username: '', displayName: '', email: '', role: 'inspector', authorityId: '', providerId: '', fosterFamilyId: '', regionId: '' };

export function userFormValues(u: UserRecord): UserFormValues {
  return { username: u.username, displayName: u.displayName, email: u.email ?? '', role: u.role, authorityId: u.authorityId ?? '', providerId: u.providerId ?? '', fosterFamilyId: u.fosterFamilyId ?? '', regionId: u.regionId ?? '' };
}


const StatusTag = ({ active }: { active: boolean }) => (active ? <Tag>Aktiv</Tag> : <Tag kind="warning">Deaktiveret</Tag>);

export function UserListPage({ list, filters, issues, authorities }: { list: UserList; filters: UserFilters; issues: FieldIssue[]; authorities: AuthorityChoice[] }) {
  const authorityName = new Map(authorities.map((a) => [a.id, a.name]));
  const pageCount = Math.ceil(list.total / list.pageSize);
  return (
    <Layout title="Brugere" breadcrumbs={[['Forside', '/']]}>
      <h1>Brugere</h1>
      <p><a class="button button-primary" href="/users/new">Opret bruger</a></p>
      <ErrorSummary issues={issues} />
      <form method="get" action="/users" class="user-filter" role="search" aria-label="Find brugere">
        <TextField name="search" label="Navn eller brugernavn" type="search" value={filters.search} issues={issues} />
        <SelectField name="role" label="Rolle" value={filters.role} placeholder="Alle roller" options={ROLE_OPTIONS} issues={issues} />
        <SelectField name="authorityId" label="Socialtilsyn" value={filters.authorityId} placeholder="Alle" options={authorities.map((a) => [a.id, a.name])} issues={issues} />
        <SelectField name="active" label="Status" value={filters.active} placeholder="Aktive og deaktiverede" options={[['true', 'Aktive'], ['false', 'Deaktiverede']]} issues={issues} />
        <button type="submit" class="button button-secondary">Vis</button>
      </form>
      {list.items.length === 0 ? (
        <p>Ingen brugere matcher.</p>
      ) : (
        <Table
          caption={`Brugere (${list.total})`}
          compact={false}
          rowHeaders
          head={['Brugernavn', 'Navn', 'Rolle', 'Organisation', 'Status']}
          rows={list.items.map((u) => [
            <a href={`/users/${u.id}`}>{u.username}</a>,
            u.displayName,
            ROLE_LABEL[u.role],
            u.authorityId ? (authorityName.get(u.authorityId) ?? u.authorityId) : u.providerId ? 'Et tilbud' : u.fosterFamilyId ? 'En plejefamilie' : u.regionId ? labelOfRegion(u.regionId) : '–',
            <StatusTag active={u.active} />,
          ])}
        />
      )}
      <Pagination page={list.page} pageCount={pageCount} total={list.total} noun="brugere" href={(page) => pageHref('/users', filters, page)} />
    </Layout>
  );
}

function UserFields({ values, issues, authorities, withUsername }: { values: UserFormValues; issues: FieldIssue[]; authorities: AuthorityChoice[]; withUsername: boolean }) {
  return (
    <>
      {withUsername && (
        <TextField name="username" label="Brugernavn" value={values.username} issues={issues} required
          hint="3–100 tegn: små bogstaver, tal, punktum, bindestreg, understreg eller @ (fx den e-mailadresse, organisationens login kender personen ved)." />
      )}
      <TextField name="displayName" label="Navn" value={values.displayName} issues={issues} required />
      <TextField name="email" label="E-mail (valgfri)" type="email" value={values.email} issues={issues}
        hint="Notifikationer sendes også hertil, når installationen sender e-mail." />
      <SelectField name="role" label="Rolle" value={values.role} options={ROLE_OPTIONS} issues={issues} />
      <SelectField name="authorityId" label="Socialtilsyn" value={values.authorityId} placeholder="Intet" options={authorities.map((a) => [a.id, a.name])} issues={issues}
        hint="Kun for inspektører og ledere." />
      <TextField name="providerId" label="Tilbud (id)" value={values.providerId} issues={issues}
        hint="Kun for rollen tilbud: id'et fra tilbuddets side i registret." />
      <TextField name="fosterFamilyId" label="Plejefamilie (id)" value={values.fosterFamilyId} issues={issues}
        hint="Kun for rollen tilbud, når brugeren er en plejefamilie." />
      <SelectField name="regionId" label="Region" value={values.regionId} placeholder="Ingen" options={REGIONS.map((r) => [r, REGION_LABEL[r]])} issues={issues}
        hint="Kun for kvalitetskonsulenter i en region." />
    </>
  );
}

function OneTimePassword({ username, password }: { username: string; password: string }) {
  return (
    <Notice kind="success" heading="Engangsadgangskode">
      <p>Giv {username} denne adgangskode ad en sikker vej. Den vises kun her, og den skal skiftes ved første login:</p>
      <p><code class="one-time-password">{password}</code></p>
    </Notice>
  );
}

export function NewUserPage({ values, issues, authorities }: { values: UserFormValues; issues: FieldIssue[]; authorities: AuthorityChoice[] }) {
  return (
    <Layout title="Opret bruger" breadcrumbs={BREADCRUMBS}>
      <h1>Opret bruger</h1>
      <p>Brugeren får en engangsadgangskode, som vises på næste side og skal skiftes ved første login.</p>
      <ErrorSummary issues={issues} />
      <form method="post" action="/users/new" novalidate>
        <Csrf />
        <UserFields values={values} issues={issues} authorities={authorities} withUsername />
        <button type="submit" class="button button-primary">Opret bruger</button>
      </form>
    </Layout>
  );
}

export type UserPageProps = {
  user: UserRecord;
  values: UserFormValues;
  issues: FieldIssue[];
  authorities: AuthorityChoice[];
  /** A message after an action (saved, deactivated …) or a conflict. */
  notice?: { kind: 'success' | 'error'; text: string };
  oneTimePassword?: string;
};

export function UserPage({ user, values, issues, authorities, notice, oneTimePassword }: UserPageProps) {
  return (
    <Layout title={user.username} breadcrumbs={BREADCRUMBS}>
      <h1>{user.displayName} <span class="form-hint">({user.username})</span></h1>
      <p><StatusTag active={user.active} /> {user.mustChangePassword && <span>Skal vælge en ny adgangskode ved næste login.</span>}</p>
      {notice && <Notice kind={notice.kind}>{notice.text}</Notice>}
      {oneTimePassword && <OneTimePassword username={user.username} password={oneTimePassword} />}
      <ErrorSummary issues={issues} />
      <section aria-labelledby="edit-heading">
        <h2 id="edit-heading">Navn, rolle og organisation</h2>
        <p>Ændres rollen eller organisationen, bliver brugeren logget af alle steder.</p>
        <form method="post" action={`/users/${user.id}`} novalidate>
          <Csrf />
          <input type="hidden" name="version" value={String(user.version)} />
          <UserFields values={values} issues={issues} authorities={authorities} withUsername={false} />
          <button type="submit" class="button button-primary">Gem ændringer</button>
        </form>
      </section>
      <section aria-labelledby="access-heading">
        <h2 id="access-heading">Adgang</h2>
        <form method="post" action={`/users/${user.id}/active`} class="mb-4">
          <Csrf />
          <input type="hidden" name="version" value={String(user.version)} />
          <input type="hidden" name="active" value={user.active ? 'false' : 'true'} />
          <button type="submit" class="button button-secondary">{user.active ? 'Deaktivér brugeren (logges af med det samme)' : 'Genaktivér brugeren'}</button>
        </form>
        <form method="post" action={`/users/${user.id}/password-reset`}>
          <Csrf />
          <input type="hidden" name="version" value={String(user.version)} />
          <button type="submit" class="button button-secondary">Nulstil adgangskoden</button>
        </form>
      </section>
    </Layout>
  );
}
