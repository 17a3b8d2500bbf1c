// `tilsyn serve` (and `npm start`, which is `serve --demo`): migrate, then either the demo data
// (only when asked, and only on an empty database or one that already holds the demo) or nothing
// at all — a new installation has no users until `tilsyn user create` makes the first administrator.
import type { ServiceContext } from '../services/context.ts';
import { serve } from '@hono/node-server';
import { createApp } from '../web/app.tsx';
import { openServices } from './open-services.ts';
import { isDatabaseEmpty, isDemoDatabase, seedDemo, DEMO_PASSWORD } from '../demo/seed-demo.ts';
import { hasUsers } from '../services/users/has-users.ts';
import { DEMO_BANNER } from '../core/labels.ts';
import type { OpenDatabaseOptions } from '../storage/database.ts';
import type { WebSettings } from '../web/env.ts';
import { smtpMailer, type MailSettings } from './mail-settings.ts';
import { deliverNotificationEmails } from '../services/notifications/deliver-emails.ts';

export type StartServerOptions = {
  port: number;
  /** The interface to listen on: 127.0.0.1 unless HOST says otherwise (behind a proxy on the same machine). */
  hostname?: string;
  /** Web settings from the environment (idle timeout, trusted proxy). */
  web?: Partial<WebSettings>;
  database: OpenDatabaseOptions;
  log: (line: string) => void;
  /** Seed the fictional demo data into an empty database; refused on a database with other data. */
  demo?: boolean;
  /** E-mail notifications through SMTP (the outbox is sent every `everyMs`); null: in-app only. */
  mail?: MailSettings | null;
};
/** `services`: the running server's own, for tests that compare a page with the database. */
export type RunningServer = { port: number; services: ServiceContext; stop(): Promise<void> };

/** The server will not start on this database as asked; the message says why and what to do. */
export class StartRefused extends Error {}

export const FIRST_ADMIN_HINT =
  'Der er ingen brugere endnu. Opret den første administrator (adgangskoden læses fra standard input, eller dannes og vises én gang):\n' +
  '  tilsyn user create BRUGERNAVN --role admin --name "Fulde navn"';

export async function startServer({ port, hostname = '127.0.0.1', web = {}, database: databaseOptions, log, demo = false, mail = null }: StartServerOptions): Promise<RunningServer> {
  const { services, database } = await openServices(databaseOptions);
  try {
    if (demo && (await isDatabaseEmpty(services))) {
      log('Tom database: indlæser fiktive demodata …');
      log(await seedDemo(services));
    } else if (demo && !(await isDemoDatabase(services))) {
      throw new StartRefused('--demo bruges kun på en tom database eller en database med demodata; denne database har andre data. Start uden --demo.');
    }
  } catch (e) {
    await database.close();
    throw e;
  }
  const isDemo = await isDemoDatabase(services);
  if (isDemo) {
    log(`${DEMO_BANNER}.`);
    log(`Demo-logins (adgangskode "${DEMO_PASSWORD}"): inspektoer-nord, leder-nord, tilbud-demo, kommune-demo, revisor, admin — se README.`);
  } else if (!(await hasUsers(services))) {
    log(FIRST_ADMIN_HINT);
    if (database.kind === 'pglite') log('Stop serveren først: den indlejrede database bruges af én proces ad gangen.');
  }
  if (web.oidc) log('Login gennem organisationens identitetsudbyder (OpenID Connect) er slået til.');
  const app = createApp(services, { ...web, demo: isDemo });
  let server!: ReturnType<typeof serve>;
  const actualPort = await new Promise<number>((resolve) => {
    server = serve({ fetch: app.fetch, port, hostname }, (info) => resolve(info.port));
  });
  if (database.kind === 'pglite') {
    log('Indlejret database (PGlite): den tåler, at processen stopper, men ikke at maskinen går ned eller mister strømmen (PGlite skriver uden fsync). Brug PostgreSQL (DATABASE_URL) i drift.');
  }
  const outbox = mail ? startOutbox(services, mail, log) : null;
  log(`tilsyn kører på http://${hostname.includes(':') ? `[${hostname}]` : hostname}:${actualPort}/  (database: ${database.kind})`);
  return {
    port: actualPort,
    services,
    stop: async () => {
      await outbox?.stop();
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      // Keep-alive connections would hold close() open until they time out.
      if ('closeAllConnections' in server) server.closeAllConnections();
      await closed;
      await database.close();
    },
  };
}

/** Sends the notification e-mails every `everyMs`, one round at a time; a failure is logged by its code only (an SMTP error can quote an address). */
function startOutbox(services: ServiceContext, mail: MailSettings, log: (line: string) => void) {
  const mailer = smtpMailer(mail);
  let round: Promise<unknown> = Promise.resolve();
  const timer = setInterval(() => {
    round = round.then(() => deliverNotificationEmails(services, mailer, mail.baseUrl)).catch((e: unknown) => {
      const code = typeof e === 'object' && e !== null && 'code' in e ? String(e.code) : 'ukendt';
      log(`E-mail kunne ikke sendes (${code}); der prøves igen.`);
    });
  }, mail.everyMs);
  log('Notifikationer sendes også som e-mail.');
  return { stop: async () => { clearInterval(timer); await round; } };
}
