// The report checks at every step, not only at finalisation: a draft with an "Opmærksomhedspunkt",
// personal data or a missing theme assessment is not sent to review, approved, or put before the
// provider in hearing — the text the provider comments on must be the text that can be finalised.
import type { ServiceContext } from '../context.ts';
import type { Tx } from '../../storage/database.ts';
import { buildAndCheck, buildReportInput } from './build-report-input.ts';
import { checkFailed, contentOf, type InspectionRow, type ReportIssue, type ReportRow } from './report-shared.ts';

/** The step the checks guard, as the refusal names it ("Rapporten kan ikke …"). */
export type CheckedStep = 'sendes til kvalitetssikring' | 'godkendes' | 'sendes i høring' | 'afsluttes';

/** Refuses the step with every check error as a field issue; `extra` are the step's own conditions. */
export async function assertChecksPass(ctx: ServiceContext, tx: Tx, inspection: InspectionRow, row: ReportRow, step: CheckedStep, extra: ReportIssue[] = []): Promise<void> {
  const built = buildAndCheck(ctx, await buildReportInput(ctx, tx, inspection, contentOf(row), {}));
  const issues = [...extra, ...built.check.errors.map((f) => ({ field: f.path, code: f.code, message: f.message }))];
  if (issues.length > 0) throw checkFailed(issues, step);
}
