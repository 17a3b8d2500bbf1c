// The user's own password: the current one, the new one twice. When an administrator set the
// password, the page says the user must choose a new one before going on.
import type { FieldIssue } from '../../../services/service-error.ts';
import { Layout } from '../layout.tsx';
import { Csrf, TextField } from '../forms.tsx';
import { ErrorSummary } from '../components/error-summary.tsx';
import { Notice } from '../components/notice.tsx';

export type PasswordPageProps = { issues: FieldIssue[]; mustChange: boolean; saved: boolean };

export function PasswordPage({ issues, mustChange, saved }: PasswordPageProps) {
  return (
    <Layout title="Skift adgangskode">
      <h1>Skift adgangskode</h1>
      {saved && <Notice kind="success" heading="Adgangskoden er skiftet">Dine andre sessioner er logget af.</Notice>}
      {mustChange && (
        <Notice kind="info" heading="Vælg en ny adgangskode">
          Din adgangskode er sat af en administrator. Vælg en ny, som kun du kender, før du fortsætter.
        </Notice>
      )}
      <ErrorSummary issues={issues} />
      <form method="post" action="/account/password" novalidate>
        <Csrf />
        <TextField name="currentPassword" label="Nuværende adgangskode" type="password" issues={issues} required />
        <TextField name="newPassword" label="Ny adgangskode" type="password" issues={issues} required
          hint="Mindst 12 tegn. Ikke dit brugernavn og ikke en almindelig adgangskode. En sætning er let at huske." />
        <TextField name="repeatPassword" label="Gentag den nye adgangskode" type="password" issues={issues} required />
        <button type="submit" class="button button-primary">Skift adgangskode</button>
      </form>
    </Layout>
  );
}
