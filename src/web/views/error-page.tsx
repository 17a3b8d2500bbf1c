import { Layout } from './layout.tsx';

const TITLES: Record<number, string> = { 400: 'Ugyldige oplysninger', 403: 'Ingen adgang', 404: 'Ikke fundet', 409: 'Konflikt', 429: 'For mange forsøg', 500: 'Fejl', 503: 'Midlertidigt utilgængelig' };

export function errorPage(status: number, message: string) {
  const title = TITLES[status] ?? 'Fejl';
  return (
    <Layout title={title}>
      <h1>{title}</h1>
      <p>{message}</p>
      <p><a href="/">Gå til forsiden</a></p>
    </Layout>
  );
}
