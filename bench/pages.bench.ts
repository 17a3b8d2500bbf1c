// `npm run bench:pages`: the pages a person uses every day, on the national-scale data (tilsyn demo
// scale), under load: p50/p95 latency and requests per second at 10 concurrent sessions on PGlite
// and — when DATABASE_URL is set — 50 on PostgreSQL, the app's CPU time per request (the server
// process, read from /proc), the database's (the postgres processes on this machine, read the same
// way), and the server's peak memory, beside a bare Hono page served by the same process; then the
// same pages on a tenth of that data (bench-data/tenth; DATABASE_URL_TENTH for PostgreSQL), and how
// many times more CPU each costs on the whole. Prints figures; asserts nothing. The goals
// are in the README (issue 12).
// Run: npm run bench:pages   (the first run fills bench-data/scale, which takes several minutes)
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { createInterface } from 'node:readline';

type Setup = { port: number; barePort: number; cookies: string[]; pages: [string, string][] };
const TICK_MS = 10; // /proc counts CPU in clock ticks of 1/100 s

/** utime + stime of a process, in ms. */
function cpuMs(pid: number): number {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    return (Number(fields[11]) + Number(fields[12])) * TICK_MS;
  } catch {
    return 0;
  }
}

/** The CPU time of every postgres process on this machine, in ms (the database's share of the work). */
function postgresCpuMs(): number {
  let total = 0;
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      if (readFileSync(`/proc/${name}/comm`, 'utf8').trim() === 'postgres') total += cpuMs(Number(name));
    } catch {
      // gone meanwhile
    }
  }
  return total;
}

const rssMb = (pid: number) => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0) / 1024;

async function startServer(env: NodeJS.ProcessEnv, sessions: number): Promise<{ child: ChildProcess; setup: Setup }> {
  const child = spawn(process.execPath, [resolve('bench/pages-server.mjs')], { env: { ...env, BENCH_SESSIONS: String(sessions) }, stdio: ['ignore', 'pipe', 'inherit'] });
  const lines = createInterface({ input: child.stdout! });
  const setup = await new Promise<Setup>((resolvePromise, reject) => {
    lines.once('line', (line) => resolvePromise(JSON.parse(line) as Setup));
    child.once('exit', (code) => reject(new Error(`serveren stoppede (${code})`)));
  });
  return { child, setup };
}

type Result = { p50: number; p95: number; rps: number; appCpu: number; dbCpu: number; peakMb: number; kb: number };

async function load(url: string, cookies: string[], concurrency: number, requests: number, pid: number, postgres: boolean): Promise<Result> {
  const fetchOne = async (i: number) => {
    const started = performance.now();
    const response = await fetch(url, { headers: { cookie: cookies[i % cookies.length]! } });
    const body = await response.arrayBuffer();
    if (response.status !== 200) throw new Error(`${url}: ${response.status}`);
    return { ms: performance.now() - started, bytes: body.byteLength };
  };
  for (let i = 0; i < Math.min(concurrency, 10); i++) await fetchOne(i); // warm up
  let peak = rssMb(pid);
  const sampler = setInterval(() => (peak = Math.max(peak, rssMb(pid))), 25);
  const cpu0 = cpuMs(pid);
  const db0 = postgres ? postgresCpuMs() : 0;
  const times: number[] = [];
  let bytes = 0;
  let next = 0;
  const started = performance.now();
  await Promise.all(Array.from({ length: concurrency }, async (_, worker) => {
    while (next < requests) {
      const r = await fetchOne(worker + next++);
      times.push(r.ms);
      bytes = r.bytes;
    }
  }));
  const elapsed = performance.now() - started;
  clearInterval(sampler);
  const appCpu = (cpuMs(pid) - cpu0) / requests;
  const dbCpu = postgres ? (postgresCpuMs() - db0) / requests : 0;
  times.sort((a, b) => a - b);
  const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))]!;
  return { p50: at(0.5), p95: at(0.95), rps: (requests / elapsed) * 1000, appCpu, dbCpu, peakMb: peak, kb: bytes / 1024 };
}

/** Every page under load; the results by page name. */
async function measure(env: NodeJS.ProcessEnv, concurrency: number, postgres: boolean): Promise<Map<string, Result>> {
  const { child, setup } = await startServer(env, concurrency);
  const results = new Map<string, Result>();
  try {
    const pid = child.pid!;
    results.set('bare Hono page', await load(`http://127.0.0.1:${setup.barePort}/`, setup.cookies, concurrency, concurrency * 40, pid, postgres));
    for (const [name, path] of setup.pages) {
      const heavy = path.startsWith('/portal/open-data');
      results.set(name, await load(`http://127.0.0.1:${setup.port}${path}`, setup.cookies, concurrency, heavy ? concurrency * 2 : concurrency * 10, pid, postgres));
    }
  } finally {
    child.kill();
  }
  return results;
}

async function bench(label: string, env: NodeJS.ProcessEnv, tenthEnv: NodeJS.ProcessEnv | null, concurrency: number, postgres: boolean): Promise<void> {
  const national = await measure(env, concurrency, postgres);
  const tenth = tenthEnv ? await measure({ ...tenthEnv, BENCH_FRACTION: '0.1' }, concurrency, postgres) : null;
  const cpu = (r: Result) => r.appCpu + r.dbCpu;
  console.log(`\n${label}: ${concurrency} samtidige sessioner; "× 1/10" = CPU pr. forespørgsel på de nationale data / på en tiendedel af dem`);
  console.log(`${'page'.padEnd(30)} ${'p50 ms'.padStart(8)} ${'p95 ms'.padStart(8)} ${'req/s'.padStart(7)} ${'app CPU ms'.padStart(11)} ${'db CPU ms'.padStart(10)} ${'peak MB'.padStart(8)} ${'KB'.padStart(7)} ${'× 1/10'.padStart(7)}`);
  for (const [name, r] of national) {
    const small = tenth?.get(name);
    console.log(`${name.padEnd(30)} ${r.p50.toFixed(1).padStart(8)} ${r.p95.toFixed(1).padStart(8)} ${r.rps.toFixed(0).padStart(7)} ${r.appCpu.toFixed(2).padStart(11)} ${postgres ? r.dbCpu.toFixed(2).padStart(10) : '–'.padStart(10)} ${r.peakMb.toFixed(0).padStart(8)} ${r.kb.toFixed(1).padStart(7)} ${small ? (cpu(r) / Math.max(cpu(small), TICK_MS / 100)).toFixed(2).padStart(7) : '–'.padStart(7)}`);
  }
}

// The measured server runs the compiled application (dist/), as production does; build it first.
execFileSync('npx', ['tsc', '-p', 'tsconfig.build.json'], { stdio: 'inherit' });
console.log(`node ${process.version}, ${process.arch}`);
const { DATABASE_URL, DATABASE_URL_TENTH, ...withoutUrl } = process.env;
// BENCH_ONLY=postgres skips PGlite (which needs bench-data/scale filled, several minutes).
if (process.env.BENCH_ONLY !== 'postgres') await bench('PGlite', { ...withoutUrl, TILSYN_DATA: resolve(process.env.TILSYN_BENCH_DATA ?? 'bench-data/scale') }, { ...withoutUrl, TILSYN_DATA: resolve('bench-data/tenth') }, 10, false);
if (DATABASE_URL) await bench('PostgreSQL', { ...withoutUrl, DATABASE_URL }, DATABASE_URL_TENTH ? { ...withoutUrl, DATABASE_URL: DATABASE_URL_TENTH } : null, 50, true);
