// One final report version as stored: the document every renderer uses, its public summary,
// audience, content hash, the version it supersedes and the hearing answer. By version id, or the
// newest version of an inspection's report the actor may read. Provider users read only versions
// sent to them.
import { reportAbilities } from '../policies/abilities.ts';
import { sentVersionsOnly } from '../policies/scopes.ts';
import { asc, eq } from 'drizzle-orm';
import { z } from 'zod';
import type { PublicReport } from '../../core/report/public-report.ts';
import type { ReportAudience, ReportDocument } from '../../core/report/report-document.ts';
import { inspections, reportDispatches, reports, reportVersions, users } from '../../storage/schema.ts';
import type { Actor } from '../actor.ts';
import type { ServiceContext } from '../context.ts';
import { authorize } from '../permissions.ts';
import { forbidden, invalid, notFound } from '../service-error.ts';
import { isUuid, parseOptions, targetOf } from './report-shared.ts';

export type GetReportVersionOptions = z.input<typeof schema>;

export type ReportVersionDetail = {
  abilities: ReturnType<typeof reportAbilities>;
  id: string;
  number: number;
  reportId: string;
  inspection: { id: string; title: string; authorityId: string };
  entity: { kind: 'provider' | 'fosterFamily'; id: string; name: string };
  document: ReportDocument;
  publicSummary: PublicReport;
  audience: ReportAudience;
  contentHash: string;
  supersedes: { id: string; number: number } | null;
  /** The readable version that supersedes this one. */
  supersededBy: { id: string; number: number } | null;
  hearingAnswer: string | null;
  finalisedAt: Date;
  finalisedBy: { id: string; displayName: string } | null;
  sentAt: Date | null;
};

const optionalId = z
  .union([z.string(), z.null()], { error: 'Skal være tekst.' })
  .optional()
  .transform((v) => (typeof v === 'string' && v.trim() !== '' ? v.trim() : null));

const schema = z.object({ versionId: optionalId, inspectionId: optionalId });

export async function getReportVersion(ctx: ServiceContext, actor: Actor, options: GetReportVersionOptions): Promise<ReportVersionDetail> {
  const o = parseOptions(schema, options);
  if ((o.versionId === null) === (o.inspectionId === null)) {
    throw invalid([{ field: 'versionId', message: 'Angiv enten en rapportversion eller et tilsyn.' }]);
  }

  // Load: the report and inspection the version belongs to, and all its versions.
  let reportId: string;
  if (o.versionId !== null) {
    if (!isUuid(o.versionId)) throw notFound('Rapportversionen');
    const [v] = await ctx.db.select({ reportId: reportVersions.reportId }).from(reportVersions).where(eq(reportVersions.id, o.versionId));
    if (!v) throw notFound('Rapportversionen');
    reportId = v.reportId;
  } else {
    if (!isUuid(o.inspectionId)) throw notFound('Tilsynet');
    const [r] = await ctx.db.select({ id: reports.id }).from(reports).where(eq(reports.inspectionId, o.inspectionId!));
    if (!r) throw notFound('En afsluttet rapport for tilsynet');
    reportId = r.id;
  }
  const [owner] = await ctx.db
    .select({ inspection: inspections })
    .from(reports)
    .innerJoin(inspections, eq(inspections.id, reports.inspectionId))
    .where(eq(reports.id, reportId));
  if (!owner) throw notFound('Rapporten');
  const inspection = owner.inspection;
  authorize(actor, 'report.read_final', targetOf(inspection));

  const all = await ctx.db
    .select({ v: reportVersions, sentAt: reportDispatches.sentAt, finalisedByName: users.displayName })
    .from(reportVersions)
    .leftJoin(reportDispatches, eq(reportDispatches.versionId, reportVersions.id))
    .leftJoin(users, eq(users.id, reportVersions.finalisedBy))
    .where(eq(reportVersions.reportId, reportId))
    .orderBy(asc(reportVersions.number));
  // Provider users receive a version when it is sent to them.
  const readable = sentVersionsOnly(actor) ? all.filter((r) => r.sentAt !== null) : all;

  const chosen = o.versionId !== null ? readable.find((r) => r.v.id === o.versionId) : readable.at(-1);
  if (!chosen) {
    if (o.versionId !== null && all.some((r) => r.v.id === o.versionId)) throw forbidden('Rapportversionen er ikke sendt endnu.');
    throw notFound(o.versionId !== null ? 'Rapportversionen' : 'En afsluttet rapport for tilsynet');
  }
  const v = chosen.v;
  const previous = v.supersedesId ? all.find((r) => r.v.id === v.supersedesId) : undefined;
  const next = readable.find((r) => r.v.supersedesId === v.id);
  const document = v.document as ReportDocument;
  return {
    abilities: reportAbilities(actor, targetOf(inspection)),
    id: v.id,
    number: v.number,
    reportId,
    inspection: { id: inspection.id, title: inspection.title, authorityId: inspection.authorityId },
    entity: inspection.providerId
      ? { kind: 'provider', id: inspection.providerId, name: document.entity?.name ?? '' }
      : { kind: 'fosterFamily', id: inspection.fosterFamilyId ?? '', name: document.entity?.name ?? '' },
    document,
    publicSummary: v.publicSummary as PublicReport,
    audience: v.audience,
    contentHash: v.contentHash,
    supersedes: previous ? { id: previous.v.id, number: previous.v.number } : null,
    supersededBy: next ? { id: next.v.id, number: next.v.number } : null,
    hearingAnswer: v.hearingAnswer,
    finalisedAt: v.finalisedAt,
    finalisedBy: v.finalisedBy ? { id: v.finalisedBy, displayName: chosen.finalisedByName ?? '' } : null,
    sentAt: chosen.sentAt ?? null,
  };
}
