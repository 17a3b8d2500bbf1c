// The login page; a failed login names the username field with the reason. Where the
// organisation's identity provider is configured, its button comes first.
import { Layout } from '../layout.tsx';
import { ErrorSummary } from '../components/error-summary.tsx';
import { TextField } from '../forms.tsx';

export type LoginPageProps = {
  username?: string;
  error?: string;
  next?: string;
  /** The identity provider's button text, when login through it is configured. */
  oidcLabel?: string | null;
};

export function LoginPage({ username, error, next, oidcLabel }: LoginPageProps) {
  const issues = error ? [{ field: 'username', message: error }] : [];
  return (
    <Layout title="Log ind">
      <h1>Log ind</h1>
      <ErrorSummary issues={issues} title="Du blev ikke logget ind" />
      {oidcLabel ? (
        <>
          <p>
            <a class="button button-primary" href={`/login/oidc?next=${encodeURIComponent(next ?? '/')}`}>{oidcLabel}</a>
          </p>
          <h2 class="h3">Eller med brugernavn og adgangskode</h2>
        </>
      ) : null}
      <form method="post" action="/login" novalidate>
        <input type="hidden" name="next" value={next ?? '/'} />
        <TextField name="username" label="Brugernavn" value={username} issues={issues} required />
        <TextField name="password" label="Adgangskode" type="password" required />
        <button type="submit" class={oidcLabel ? 'button button-secondary' : 'button button-primary'}>Log ind</button>
      </form>
      <p>Offentlige tilsynsvurderinger af tilbud findes på <a href="/portal">Tilbudsportalen</a> uden login.</p>
    </Layout>
  );
}
