// An error on the portal (a provider not found, a search that is not valid): in the portal's own
// frame, never with a login menu.
import { PortalLayout } from './portal-layout.tsx';

export function PortalErrorPage({ title, message }: { title: string; message: string }) {
  return (
    <PortalLayout title={title}>
      <h1>{title}</h1>
      <p>{message}</p>
      <p><a href="/portal">Gå til søgningen</a></p>
    </PortalLayout>
  );
}
