// A real HTTP server around an app, on a free port of 127.0.0.1: for tests of what only exists on
// a connection (the client's address, body streaming, headers a proxy sets).
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import type { createApp } from '../../src/web/app.tsx';

export type RealServer = { base: string; port: number; close(): Promise<void> };

export async function listen(app: ReturnType<typeof createApp>): Promise<RealServer> {
  const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' });
  await new Promise((resolve) => server.once('listening', resolve));
  const port = (server.address() as AddressInfo).port;
  return { base: `http://127.0.0.1:${port}`, port, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}
