// `npm start` / `tilsyn serve`: migrate, seed the demo on an empty database, listen.
import { serve } from '@hono/node-server';
import { createApp } from '../web/app.tsx';
import { openServices } from './open-services.ts';
import { isDatabaseEmpty, seedDemo, DEMO_PASSWORD } from '../demo/seed-demo.ts';
import type { OpenDatabaseOptions } from '../storage/database.ts';

export type StartServerOptions = { port: number; database: OpenDatabaseOptions; log: (line: string) => void };
export type RunningServer = { port: number; stop(): Promise<void> };

export async function startServer({ port, database: databaseOptions, log }: StartServerOptions): Promise<RunningServer> {
  const { services, database } = await openServices(databaseOptions);
  if (await isDatabaseEmpty(services)) {
    log('Tom database: indlæser fiktive demodata …');
    log(await seedDemo(services));
  }
  const app = createApp(services);
  let server!: ReturnType<typeof serve>;
  const actualPort = await new Promise<number>((resolve) => {
    server = serve({ fetch: app.fetch, port }, (info) => resolve(info.port));
  });
  log(`tilsyn kører på http://localhost:${actualPort}/  (database: ${database.kind})`);
  log(`Demo-logins (adgangskode "${DEMO_PASSWORD}"): inspektoer-nord, leder-nord, tilbud-demo, kommune-demo, revisor, admin — se README.`);
  return {
    port: actualPort,
    stop: async () => {
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      // Keep-alive connections would hold close() open until they time out.
      if ('closeAllConnections' in server) server.closeAllConnections();
      await closed;
      await database.close();
    },
  };
}
