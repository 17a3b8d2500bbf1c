// Issue 8, fault 1: no body limit — a 300 MB POST to /login grew the process by 3 GB and a 10 MB
// username blocked the event loop for seconds and gave a 500. Now: 413 before the body is read
// (by its Content-Length, or as soon as a streamed body passes the limit), through a real server.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { request } from 'node:http';
import { BODY_LIMITS, createApp } from '../../src/web/app.tsx';
import { listen, type RealServer } from '../support/real-server.ts';
import { createTestServices, type TestServices } from '../support/test-services.ts';
import { webSession, type WebSession } from '../support/web-session.ts';
import { login } from '../../src/services/auth/sessions.ts';
import { ServiceError } from '../../src/services/service-error.ts';

let t: TestServices;
let server: RealServer;
let port = 0;
let inspector: WebSession;
before(async () => {
  t = await createTestServices();
  inspector = await webSession(t.services, 'ina', 'inspector', 'nord');
  server = await listen(createApp(t.services));
  port = server.port;
});
after(async () => {
  await server.close();
  await t.close();
});

/**
 * Announces `size` bytes (or streams without a length) and sends them a chunk at a time until the
 * server answers; then stops. What the server answered, and how much it had been sent by then.
 */
function post(path: string, size: number, { chunked = false, headers = {} as Record<string, string> } = {}): Promise<{ status: number; body: string; sent: number }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded', ...(chunked ? {} : { 'content-length': String(size) }), ...headers } });
    let sent = 0;
    let answered = false;
    req.on('response', (res) => {
      answered = true;
      let body = '';
      res.on('data', (d: Buffer) => (body += d.toString()));
      res.on('end', () => {
        resolve({ status: res.statusCode ?? 0, body, sent });
        req.destroy();
      });
    });
    req.on('error', (e: NodeJS.ErrnoException) => (answered || e.code === 'ECONNRESET' || e.code === 'EPIPE' ? undefined : reject(e)));
    const chunk = Buffer.alloc(64 * 1024, 'a');
    const pump = () => {
      if (answered || req.destroyed) return;
      if (sent >= size) return void req.end();
      sent += chunk.length;
      req.write(chunk, () => setImmediate(pump));
    };
    pump();
  });
}

test('a login form over 8 KB is refused with 413, announced or streamed', async () => {
  const announced = await post('/login', 300 * 1024 * 1024);
  assert.equal(announced.status, 413, 'a 300 MB announced body is refused by its length');
  assert.ok(announced.sent < 10 * 1024 * 1024, `answered long before the body was sent (${announced.sent} bytes)`);
  const streamed = await post('/login', 300 * 1024 * 1024, { chunked: true });
  assert.equal(streamed.status, 413, 'a streamed body is cut off at the limit');
  assert.ok(streamed.sent < 10 * 1024 * 1024, `cut off early (${streamed.sent} bytes)`);
});

test('forms and the API over 1 MB are refused with 413 (JSON for the API)', async () => {
  const api = await post('/api/inspections', 2 * BODY_LIMITS.other, { headers: { cookie: inspector.cookie, 'x-csrf-token': inspector.csrfToken, 'content-type': 'application/json' } });
  assert.equal(api.status, 413);
  assert.deepEqual(JSON.parse(api.body), { error: { code: 'too_large', message: 'Forespørgslen er for stor.' } });
  const form = await post('/providers/new', 2 * BODY_LIMITS.other, { chunked: true, headers: { cookie: inspector.cookie } });
  assert.equal(form.status, 413);
});

test('a username or password longer than any real one is refused without work', async () => {
  for (const options of [{ username: 'a'.repeat(101), password: 'x' }, { username: 'ina', password: 'p'.repeat(201) }]) {
    await assert.rejects(login(t.services, { ...options, clientKey: 'test' }), (e: unknown) => e instanceof ServiceError && e.code === 'unauthenticated');
  }
});

test('the server still answers after all that', async () => {
  const r = await fetch(`http://127.0.0.1:${port}/healthz`);
  assert.deepEqual(await r.json(), { status: 'ok' });
});
