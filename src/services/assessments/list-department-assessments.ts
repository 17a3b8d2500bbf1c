// For a provider with departments: each department's assessment beside the provider's own
// conclusion, for one inspection (the provider's latest when none is named). Read-only: rows that
// do not exist yet are reported as not assessed, never created.
import { and, asc, desc, eq, isNotNull, isNull } from 'drizzle-orm';
import { z } from 'zod';
import type { AssessableModel } from '../../core/model/schema.ts';
import type { Evaluation } from '../../core/assessment/evaluate.ts';
import { assessments, departments, inspections, providers } from '../../storage/schema.ts';
import type { Actor } from '../actor.ts';
import type { ServiceContext } from '../context.ts';
import { authorize } from '../permissions.ts';
import { notFound } from '../service-error.ts';
import { parseStoredData, wholePartsOf, type AssessmentData } from '../../core/assessment/stored-data.ts';
import { evaluateData, loadTarget, requireAssessableModel, validateOptions, type DepartmentInfo } from './assessment-target.ts';
import { uuid } from '../service-options.ts';

export const listDepartmentAssessmentsOptionsSchema = z.strictObject({
  providerId: uuid(),
  inspectionId: uuid().nullish(),
});
export type ListDepartmentAssessmentsOptions = z.input<typeof listDepartmentAssessmentsOptionsSchema>;

export type AssessmentResult = {
  /** Null: not assessed yet. */
  assessmentId: string | null;
  version: number;
  data: AssessmentData | null;
  evaluation: Evaluation;
};

export type DepartmentResults = {
  provider: { id: string; name: string; authorityId: string };
  inspection: { id: string; title: string; phase: string; status: string; modelId: string } | null;
  model: AssessableModel | null;
  /** The provider as a whole. */
  whole: AssessmentResult | null;
  departments: { department: DepartmentInfo; result: AssessmentResult | null }[];
};

export async function listDepartmentAssessments(ctx: ServiceContext, actor: Actor, options: ListDepartmentAssessmentsOptions): Promise<DepartmentResults> {
  const o = validateOptions(listDepartmentAssessmentsOptionsSchema, options);
  const [provider] = await ctx.db.select().from(providers).where(eq(providers.id, o.providerId));
  if (!provider) throw notFound('Tilbuddet');
  authorize(actor, 'inspection.read', { authorityId: provider.authorityId, providerId: provider.id });

  const deps = await ctx.db
    .select({ id: departments.id, name: departments.name, places: departments.places })
    .from(departments)
    .where(eq(departments.providerId, provider.id))
    .orderBy(asc(departments.name), asc(departments.id));
  const [inspection] = o.inspectionId
    ? await ctx.db.select().from(inspections).where(and(eq(inspections.id, o.inspectionId), eq(inspections.providerId, provider.id)))
    : await ctx.db.select().from(inspections).where(eq(inspections.providerId, provider.id)).orderBy(desc(inspections.createdAt)).limit(1);
  if (o.inspectionId && !inspection) throw notFound('Tilsynet');
  const base = { provider: { id: provider.id, name: provider.name, authorityId: provider.authorityId } };
  if (!inspection) return { ...base, inspection: null, model: null, whole: null, departments: deps.map((department) => ({ department, result: null })) };

  const target = await loadTarget(ctx, inspection.id, null);
  const model = requireAssessableModel(ctx, target);
  const wholeRows = await ctx.db
    .select()
    .from(assessments)
    .where(and(eq(assessments.inspectionId, inspection.id), isNull(assessments.departmentId)))
    .orderBy(desc(assessments.version), asc(assessments.id))
    .limit(1);
  const depRows = await ctx.db
    .select()
    .from(assessments)
    .where(and(eq(assessments.inspectionId, inspection.id), isNotNull(assessments.departmentId)))
    .orderBy(desc(assessments.version), asc(assessments.id));

  const wholeRow = wholeRows[0];
  const wholeData = wholeRow ? parseStoredData(model, wholeRow.data) : null;
  const whole = wholeData ? wholePartsOf(model, wholeData) : undefined;
  const wholeResult: AssessmentResult | null = wholeRow && wholeData
    ? { assessmentId: wholeRow.id, version: wholeRow.version, data: wholeData, evaluation: evaluateData(ctx, target, model, wholeData).evaluation }
    : null;

  const results = deps.map((department) => {
    const row = depRows.find((r) => r.departmentId === department.id);
    if (!row) return { department, result: null };
    const data = parseStoredData(model, row.data);
    const depTarget = { ...target, department };
    return { department, result: { assessmentId: row.id, version: row.version, data, evaluation: evaluateData(ctx, depTarget, model, data, whole).evaluation } };
  });

  return {
    ...base,
    inspection: { id: inspection.id, title: inspection.title, phase: inspection.phase, status: inspection.status, modelId: inspection.modelId },
    model,
    whole: wholeResult,
    departments: results,
  };
}
