// `tilsyn serve`: the same as `npm start`.
import { startServer } from '../../server/start-server.ts';

export async function serveCommand(): Promise<number> {
  await startServer(Number(process.env.PORT ?? 3000));
  return new Promise(() => {}); // runs until stopped
}
