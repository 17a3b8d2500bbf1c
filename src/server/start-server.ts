// `npm start` / `tilsyn serve`: migrate, seed the demo on an empty database, listen.
import { serve } from '@hono/node-server';
import { createApp } from '../web/app.tsx';
import { openServices } from './open-services.ts';
import { isDatabaseEmpty, seedDemo, DEMO_PASSWORD } from '../demo/seed-demo.ts';

export async function startServer(port: number): Promise<void> {
  const { services, database } = await openServices();
  if (await isDatabaseEmpty(services)) {
    console.log('Tom database: indlæser fiktive demodata …');
    const summary = await seedDemo(services);
    console.log(summary);
  }
  const app = createApp(services);
  const server = serve({ fetch: app.fetch, port }, (info) => {
    console.log(`tilsyn kører på http://localhost:${info.port}/  (database: ${database.kind})`);
    console.log(`Demo-logins (adgangskode "${DEMO_PASSWORD}"): inspektoer-nord, leder-nord, tilbud-demo, kommune-demo, revisor, admin — se README.`);
  });
  const stop = async () => {
    server.close();
    await database.close();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}
