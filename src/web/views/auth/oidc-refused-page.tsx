// A login at the organisation's identity provider that did not give a session here: why, in words
// the person can act on, and the way back to the login page.
import { Layout } from '../layout.tsx';
import type { OidcRefusalReason } from '../../../services/auth/oidc-login.ts';

const TITLE: Record<OidcRefusalReason, string> = {
  expired: 'Login-forsøget er udløbet',
  provider_error: 'Login blev ikke gennemført',
  unavailable: 'Organisationens login svarer ikke',
  no_claim: 'Du kunne ikke genkendes',
  unknown_user: 'Du har ikke adgang til tilsyn',
};

export function OidcRefusedPage({ reason, message, identity }: { reason: OidcRefusalReason; message: string; identity: string | null }) {
  return (
    <Layout title={TITLE[reason]}>
      <h1>{TITLE[reason]}</h1>
      <p>{message}</p>
      {identity ? (
        <p>
          Organisationens login kender dig som <strong>{identity}</strong>.
        </p>
      ) : null}
      <p><a href="/login">Tilbage til login</a></p>
    </Layout>
  );
}
