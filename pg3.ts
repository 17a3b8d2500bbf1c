import { readFileSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
const tpl = new Blob([readFileSync(process.env.TPL!)]);
let c0 = process.cpuUsage();
const base = new PGlite('memory://', { loadDataDir: tpl });
await base.query('select 1');
let c = process.cpuUsage(c0); console.log('base', (c.user + c.system) / 1e6);
c0 = process.cpuUsage();
for (let i = 0; i < 5; i++) { const p = await base.clone(); await p.query('select count(*) from users'); await p.close(); }
c = process.cpuUsage(c0); console.log('5 clones', (c.user + c.system) / 1e6);
c0 = process.cpuUsage();
for (let i = 0; i < 5; i++) { const p = new PGlite('memory://', { loadDataDir: tpl }); await p.query('select 1'); await p.close(); }
c = process.cpuUsage(c0); console.log('5 loads', (c.user + c.system) / 1e6);
