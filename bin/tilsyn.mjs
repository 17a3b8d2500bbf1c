#!/usr/bin/env node
// Runs the compiled command line in dist/ (`npm run build`; `npm install` builds it through `prepare`).
import { existsSync } from 'node:fs';

const entry = new URL('../dist/cli/main.js', import.meta.url);
if (!existsSync(entry)) {
  process.stderr.write('tilsyn: dist/ mangler; kør "npm run build" (eller "npm install") først\n');
  process.exit(2);
}
// Output piped into a program that stops reading (`| head`) ends the command quietly.
process.stdout.on('error', (e) => {
  if (e.code === 'EPIPE') process.exit(0);
  throw e;
});
const { main } = await import(entry.href);
process.exitCode = await main(process.argv.slice(2));
