// `tilsyn serve [--demo]`: the web application until SIGINT/SIGTERM. `npm start` is `serve --demo`.
import { startServer, StartRefused } from '../../server/start-server.ts';
import { databaseOptionsFromEnv } from '../../storage/database.ts';
import { parseArguments } from '../parse-arguments.ts';
import type { CliIo } from '../cli-io.ts';
import { webSettingsFromEnv } from '../../server/web-settings-from-env.ts';
import { OidcConfigurationError } from '../../services/auth/oidc-settings.ts';
import { MailConfigurationError, mailSettingsFromEnv } from '../../server/mail-settings.ts';

export async function serveCommand(argv: string[], io: CliIo): Promise<number> {
  const { values } = parseArguments('serve', argv, { demo: { type: 'boolean', default: false } }, 0);
  let server;
  try {
    server = await startServer({
      port: Number(io.env.PORT ?? 3000),
      hostname: io.env.HOST || '127.0.0.1',
      web: webSettingsFromEnv(io.env),
      database: databaseOptionsFromEnv(io.env),
      log: (line) => io.stdout.write(`${line}\n`),
      demo: values.demo,
      mail: mailSettingsFromEnv(io.env),
    });
  } catch (e) {
    if (!(e instanceof StartRefused || e instanceof OidcConfigurationError || e instanceof MailConfigurationError)) throw e;
    io.stderr.write(`tilsyn: ${e.message}\n`);
    return 1;
  }
  const running = server;
  return new Promise((resolve) => {
    const stop = () => void running.stop().then(() => resolve(0));
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
}
