// What the report page shows before a report exists: the inspection, and whether the actor may
// start the draft (create-report.ts). Readers of the inspection see that there is no report yet.
import { z } from 'zod';
import type { Actor } from '../actor.ts';
import type { ServiceContext } from '../context.ts';
import { authorize } from '../permissions.ts';
import { reportAbilities } from '../policies/abilities.ts';
import { findReport, idField, loadInspectionRow, parseOptions, targetOf } from './report-shared.ts';

export type GetReportStartOptions = z.input<typeof schema>;
export type ReportStart = { inspection: { id: string; title: string }; exists: boolean; canCreate: boolean; cancelled: boolean };

const schema = z.object({ inspectionId: idField('Tilsynet') });

export async function getReportStart(ctx: ServiceContext, actor: Actor, options: GetReportStartOptions): Promise<ReportStart> {
  const input = parseOptions(schema, options);
  const inspection = await loadInspectionRow(ctx.db, input.inspectionId);
  authorize(actor, 'inspection.read', targetOf(inspection));
  const exists = (await findReport(ctx.db, inspection.id)) !== undefined;
  return {
    inspection: { id: inspection.id, title: inspection.title },
    exists,
    cancelled: inspection.status === 'cancelled',
    canCreate: !exists && inspection.status !== 'cancelled' && reportAbilities(actor, targetOf(inspection)).write,
  };
}
