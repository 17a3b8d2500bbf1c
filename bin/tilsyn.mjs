#!/usr/bin/env node
// Runs the compiled command line in dist/ (`npm run build`; `npm install` builds it through `prepare`).
import { existsSync } from 'node:fs';

const entry = new URL('../dist/cli/main.js', import.meta.url);
if (!existsSync(entry)) {
  process.stderr.write('tilsyn: dist/ mangler; kør "npm run build" (eller "npm install") først\n');
  process.exit(2);
}
const { main } = await import(entry.href);
process.exitCode = await main(process.argv.slice(2));
