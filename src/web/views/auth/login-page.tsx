// The login page; a failed login names the username field with the reason.
import { Layout } from '../layout.tsx';
import { ErrorSummary } from '../components/error-summary.tsx';
import { TextField } from '../forms.tsx';

export function LoginPage({ username, error, next }: { username?: string; error?: string; next?: string }) {
  const issues = error ? [{ field: 'username', message: error }] : [];
  return (
    <Layout title="Log ind">
      <h1>Log ind</h1>
      <ErrorSummary issues={issues} message="Du blev ikke logget ind" />
      <form method="post" action="/login" novalidate>
        <input type="hidden" name="next" value={next ?? '/'} />
        <TextField name="username" label="Brugernavn" value={username} issues={issues} required />
        <TextField name="password" label="Adgangskode" type="password" required />
        <button type="submit" class="button button-primary">Log ind</button>
      </form>
      <p>Offentlige tilsynsvurderinger af tilbud findes på <a href="/portal">Tilbudsportalen</a> uden login.</p>
    </Layout>
  );
}
