// The inspection's conclusion on sufficient quality as the report would state it (from the stored
// assessment): what decides whether a sanction may, or must, be recorded.
import type { ServiceContext } from '../context.ts';
import type { Db, Tx } from '../../storage/database.ts';
import type { QualityConclusion } from '../../core/report/report-document.ts';
import { emptyReportContent } from '../../core/report/report-input.ts';
import { buildAndCheck, buildReportInput } from './build-report-input.ts';
import type { InspectionRow } from './report-shared.ts';

export async function qualityConclusion(ctx: ServiceContext, conn: Db | Tx, inspection: InspectionRow): Promise<QualityConclusion | null> {
  return buildAndCheck(ctx, await buildReportInput(ctx, conn, inspection, emptyReportContent(), {})).document.conclusion;
}
