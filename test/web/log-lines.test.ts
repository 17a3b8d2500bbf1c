// Issue 8, fault 10: CR/LF from a request reached the log verbatim, and log lines had no request
// id. Now every entry is one JSON line with the request's id (also sent back as X-Request-Id).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createApp } from '../../src/web/app.tsx';
import { createTestServices } from '../support/test-services.ts';
import { jsonLog, type LogEntry } from '../../src/web/log-line.ts';

test('an unexpected error is one log entry with the request id the response names', async () => {
  const t = await createTestServices();
  const entries: LogEntry[] = [];
  const app = createApp(t.services, { log: (e) => entries.push(e) });
  await t.close(); // every database call now fails: an unexpected error
  const r = await app.request('/portal?navn=x');
  assert.equal(r.status, 500);
  const id = r.headers.get('x-request-id');
  assert.ok(id, 'the response names its request id');
  assert.equal(entries.length, 1);
  assert.equal(entries[0]?.requestId, id);
  assert.equal(entries[0]?.level, 'error');
});

test('a log line is one line of JSON whatever a field holds (CR/LF cannot forge an entry)', () => {
  const written: string[] = [];
  const write = process.stderr.write;
  process.stderr.write = ((chunk: string) => written.push(String(chunk)) > 0) as typeof process.stderr.write;
  try {
    jsonLog({ level: 'error', msg: 'Uventet fejl', path: '/portal\r\n{"level":"info","msg":"falsk"}' });
  } finally {
    process.stderr.write = write;
  }
  assert.equal(written.length, 1);
  const line = written[0] ?? '';
  assert.equal(line.indexOf('\n'), line.length - 1, 'the only newline ends the line');
  assert.ok(!line.includes('\r'));
  assert.equal((JSON.parse(line) as { path: string }).path, '/portal\r\n{"level":"info","msg":"falsk"}');
});
