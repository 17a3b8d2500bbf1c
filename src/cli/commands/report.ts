// `tilsyn report render`: final report versions as files, rendered from the stored documents.
//   tilsyn report render INSPECTION_ID --format pdf|html|json --out FILE
//       the newest final version of the inspection's report (exit 1 when there is none)
//   tilsyn report render --authority nord --format pdf --out DIR
//       the newest final version of every report of the authority, with a progress bar on stderr
// The command runs as the system, not as a user: it reads with the auditor's read-only access to
// final reports and writes nothing to the database (rendering is a read, so nothing is audited).
import { mkdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Actor } from '../../services/actor.ts';
import type { ServiceContext } from '../../services/context.ts';
import { listFinalReports } from '../../services/reports/list-final-reports.ts';
import { renderReportVersion } from '../../services/reports/render-report-version.ts';
import { isUuid, REPORT_FORMATS, type ReportFormat } from '../../services/reports/report-shared.ts';
import { ServiceError } from '../../services/service-error.ts';
import { UsageError } from '../usage-error.ts';
import { parseArguments } from '../parse-arguments.ts';
import type { CliIo } from '../cli-io.ts';

const USAGE = 'brug "tilsyn report render TILSYNS-ID --format pdf|html|json --out FIL" eller "tilsyn report render --authority ID --format pdf|html|json --out MAPPE"';

/** The system as a reader: read-only access to every final report, no user behind it. */
export const SYSTEM_READER: Actor = {
  regionId: null,
  id: '00000000-0000-0000-0000-000000000000',
  username: 'system',
  displayName: 'tilsyn (kommandolinjen)',
  role: 'auditor',
  authorityId: null,
  providerId: null,
  fosterFamilyId: null,
};

export type RenderArgs = { inspectionId: string | null; authorityId: string | null; format: ReportFormat; out: string };

/** Parses the arguments after "render"; anything unusable is a UsageError (exit 2). */
export function parseRenderArgs(argv: string[]): RenderArgs {
  const { values, positionals } = parseArguments('report render', argv, { format: { type: 'string' }, out: { type: 'string' }, authority: { type: 'string' } }, 1);
  const inspectionId = positionals[0] ?? null;
  const authorityId = values.authority || null;
  if ((inspectionId === null) === (authorityId === null)) throw new UsageError(`angiv enten et tilsyns id eller --authority; ${USAGE}`);
  if (inspectionId !== null && !isUuid(inspectionId)) throw new UsageError(`"${inspectionId}" er ikke et tilsyns id (uuid)`);
  const format = values.format || 'pdf';
  if (!(REPORT_FORMATS as readonly string[]).includes(format)) throw new UsageError(`ukendt format "${format}": brug pdf, html eller json`);
  const out = values.out;
  if (!out) throw new UsageError(`--out mangler; ${USAGE}`);
  return { inspectionId, authorityId, format: format as ReportFormat, out };
}

/** "[#####.....] 12/40 Bostedet …": a bar of `barWidth`, the count, and the label cut to fit `columns`. */
export function progressLine(done: number, total: number, label: string, columns = 80, barWidth = 10): string {
  const filled = total === 0 ? barWidth : Math.round((done / total) * barWidth);
  const head = `[${'#'.repeat(filled)}${'.'.repeat(barWidth - filled)}] ${done}/${total} `;
  const room = Math.max(0, columns - head.length - 1);
  const text = label.length > room ? `${label.slice(0, Math.max(0, room - 1))}…` : label;
  return head + text;
}

const isDirectory = (path: string) => {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
};

const kb = (bytes: number) => `${Math.max(1, Math.round(bytes / 1024))} kB`;

async function renderOne(services: ServiceContext, io: CliIo, args: RenderArgs & { inspectionId: string }): Promise<number> {
  const rendered = await renderReportVersion(services, SYSTEM_READER, { inspectionId: args.inspectionId, format: args.format });
  const file = isDirectory(args.out) ? join(args.out, rendered.fileName) : args.out;
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, rendered.body);
  io.stdout.write(`Skrev ${rendered.version.inspection.title}, version ${rendered.version.number} (${args.format}, ${kb(rendered.body.length)}) til ${file}\n`);
  return 0;
}

async function renderAuthority(services: ServiceContext, io: CliIo, args: RenderArgs & { authorityId: string }): Promise<number> {
  const items = await listFinalReports(services, SYSTEM_READER, { authorityId: args.authorityId, latestOnly: true });
  if (items.length === 0) {
    io.stderr.write(`tilsyn: socialtilsynet "${args.authorityId}" har ingen afsluttede rapporter\n`);
    return 1;
  }
  mkdirSync(args.out, { recursive: true });
  const tty = io.stderr.isTTY === true;
  const columns = io.stderr.columns ?? 80;
  const used = new Set<string>();
  const failed: string[] = [];
  let bytes = 0;
  const ordered = [...items].sort((a, b) => a.inspection.title.localeCompare(b.inspection.title, 'da'));
  for (const [index, item] of ordered.entries()) {
    const label = item.entity.name || item.inspection.title;
    if (tty) io.stderr.write(`\r${progressLine(index, ordered.length, label, columns)}\x1b[K`);
    try {
      const rendered = await renderReportVersion(services, SYSTEM_READER, { versionId: item.versionId, format: args.format });
      let name = rendered.fileName;
      for (let n = 2; used.has(name); n++) name = rendered.fileName.replace(/(\.\w+)$/, `-${n}$1`);
      used.add(name);
      writeFileSync(join(args.out, name), rendered.body);
      bytes += rendered.body.length;
      if (!tty) io.stderr.write(`${index + 1}/${ordered.length} ${label}: ${name}\n`);
    } catch (e) {
      failed.push(`${item.inspection.title}: ${e instanceof Error ? e.message : String(e)}`);
      if (!tty) io.stderr.write(`${index + 1}/${ordered.length} ${label}: FEJL\n`);
    }
  }
  if (tty) io.stderr.write(`\r${progressLine(ordered.length, ordered.length, 'færdig', columns)}\x1b[K\n`);
  const authorityName = items[0]!.inspection.authorityName;
  const written = ordered.length - failed.length;
  io.stdout.write(`Skrev ${written} ${written === 1 ? 'rapport' : 'rapporter'} (${args.format}, ${kb(bytes)} i alt) fra ${authorityName} til ${args.out}\n`);
  if (failed.length > 0) {
    io.stderr.write(`tilsyn: ${failed.length} ${failed.length === 1 ? 'rapport' : 'rapporter'} kunne ikke skrives:\n${failed.map((f) => `  ${f}\n`).join('')}`);
    return 1;
  }
  return 0;
}

export async function reportCommand(argv: string[], io: CliIo): Promise<number> {
  const [sub, ...rest] = argv;
  if (sub !== 'render') throw new UsageError(USAGE);
  const args = parseRenderArgs(rest);
  const { services, close } = await io.openServices();
  try {
    return args.inspectionId !== null
      ? await renderOne(services, io, { ...args, inspectionId: args.inspectionId })
      : await renderAuthority(services, io, { ...args, authorityId: args.authorityId! });
  } catch (e) {
    if (e instanceof ServiceError) {
      if (e.code === 'invalid') throw new UsageError(e.fields[0]?.message ?? e.message);
      io.stderr.write(`tilsyn: ${e.code === 'not_found' ? e.message : `${e.message} (${e.code})`}\n`);
      return 1;
    }
    throw e;
  } finally {
    await close();
  }
}
