// Loading what an assessment is about, shared by the assessment use cases: the inspection, its
// provider (with departments) or foster family, the department asked for, the model from the
// registry, and the stored rows. Read straight from the tables so this area does not depend on
// the inspections services.
import { one } from '../../storage/one-row.ts';
import { and, asc, desc, eq, isNull, lt, ne } from 'drizzle-orm';
import { z } from 'zod';
import type { Entity, Phase } from '../../core/assessment/assessment-input.ts';
import { evaluate, type Evaluation } from '../../core/assessment/evaluate.ts';
import { isAssessable, type AssessableModel } from '../../core/model/schema.ts';
import type { Typology } from '../../core/model/catalog-parts.ts';
import type { Db, Tx } from '../../storage/database.ts';
import { assessments, departments, fosterFamilies, inspections, providers } from '../../storage/schema.ts';
import type { Actor } from '../actor.ts';
import { recordAudit } from '../audit.ts';
import type { ServiceContext } from '../context.ts';
import { can, type Target } from '../permissions.ts';
import { notFound, ServiceError, type FieldIssue } from '../service-error.ts';
import { parseOptions } from '../service-options.ts';
import { emptyData, engineInput, parseStoredData, wholePartsOf, type AssessmentData, type WholeParts } from '../../core/assessment/stored-data.ts';
import { fieldForPath } from './assessment-data.ts';
import type { Risk } from '../../core/vocabulary.ts';

type Conn = Db | Tx;
export type InspectionRow = typeof inspections.$inferSelect;
export type AssessmentRow = typeof assessments.$inferSelect;
export type DepartmentInfo = { id: string; name: string; places: number };

export type AssessedEntity =
  | { kind: 'provider'; id: string; name: string; municipality: string; legalBases: string[]; flags: string[]; departments: DepartmentInfo[] }
  | { kind: 'fosterFamily'; id: string; name: string; municipality: string; typology: string; childrenInCare: number };

export type AssessmentTarget = {
  inspection: InspectionRow;
  entity: AssessedEntity;
  department: DepartmentInfo | null;
  phase: Phase;
  /** The entity as the engine sees it. */
  engineEntity: Entity;
  authz: Target;
};

/** Use-case options parsed by the one parser; issues under `patch` name the form field they belong to. */
export function validateOptions<S extends z.ZodType>(schema: S, options: unknown): z.output<S> {
  return parseOptions(schema, options, assessmentIssue);
}

function assessmentIssue(issue: z.core.$ZodIssue): FieldIssue {
  const [head, ...rest] = issue.path;
  const field = head === 'patch' ? fieldForPath(rest) : issue.path.map(String).join('.');
  const message =
    head === 'inspectionId' ? 'Tilsynet findes ikke.'
      : head === 'departmentId' ? 'Afdelingen findes ikke.'
        : head === 'providerId' ? 'Tilbuddet findes ikke.'
          : head === 'expectedVersion' ? 'Versionen skal være et helt tal.'
            : issue.code === 'invalid_value' ? 'Vælg en af de mulige værdier.'
              : issue.message;
  return { field, message };
}


/** Step 2 of the pipeline: the inspection and everything the assessment needs, or not_found. */
export async function loadTarget(ctx: ServiceContext, inspectionId: string, departmentId: string | undefined | null): Promise<AssessmentTarget> {
  const [inspection] = await ctx.db.select().from(inspections).where(eq(inspections.id, inspectionId));
  if (!inspection) throw notFound('Tilsynet');
  let entity: AssessedEntity;
  let engineEntity: Entity;
  if (inspection.providerId) {
    const [provider] = await ctx.db.select().from(providers).where(eq(providers.id, inspection.providerId));
    if (!provider) throw notFound('Tilbuddet');
    const deps = await ctx.db
      .select({ id: departments.id, name: departments.name, places: departments.places })
      .from(departments)
      .where(eq(departments.providerId, provider.id))
      .orderBy(asc(departments.name), asc(departments.id));
    entity = { kind: 'provider', id: provider.id, name: provider.name, municipality: provider.municipality, legalBases: provider.legalBases, flags: provider.flags, departments: deps };
    engineEntity = { legalBases: provider.legalBases, flags: provider.flags, ...(provider.ownership ? { ownership: provider.ownership } : {}) };
  } else if (inspection.fosterFamilyId) {
    const [family] = await ctx.db.select().from(fosterFamilies).where(eq(fosterFamilies.id, inspection.fosterFamilyId));
    if (!family) throw notFound('Plejefamilien');
    entity = { kind: 'fosterFamily', id: family.id, name: family.name, municipality: family.municipality, typology: family.typology, childrenInCare: family.childrenInCare };
    engineEntity = { legalBases: [], flags: [], typology: family.typology as Typology };
  } else {
    throw notFound('Tilbuddet eller plejefamilien');
  }
  let department: DepartmentInfo | null = null;
  if (departmentId) {
    department = (entity.kind === 'provider' ? entity.departments.find((d) => d.id === departmentId) : undefined) ?? null;
    if (!department) throw notFound('Afdelingen');
  }
  const authz: Target = { authorityId: inspection.authorityId, providerId: inspection.providerId, fosterFamilyId: inspection.fosterFamilyId };
  return { inspection, entity, department, phase: inspection.phase, engineEntity, authz };
}

/** After authorization: the model must exist and be one the engine assesses. */
export function requireAssessableModel(ctx: ServiceContext, target: AssessmentTarget): AssessableModel {
  const model = ctx.registry.used(target.inspection.modelId, target.inspection.modelVersion);
  if (!model) throw new ServiceError('not_found', `Kvalitetsmodellen "${target.inspection.modelId}" findes ikke i modelkataloget.`);
  if (!isAssessable(model)) {
    throw new ServiceError('invalid', `Kvalitetsmodellen "${model.title}" vurderes ikke med kvalitetsmarkører eller indikatorer og kan ikke bruges her.`);
  }
  if (target.phase !== 'approval' && target.phase !== 'operation') {
    throw new ServiceError('invalid', `Tilsynets fase "${target.inspection.phase}" er ukendt.`);
  }
  return model;
}

export async function findRow(db: Conn, inspectionId: string, departmentId: string | null): Promise<AssessmentRow | undefined> {
  const [row] = await db
    .select()
    .from(assessments)
    .where(and(eq(assessments.inspectionId, inspectionId), departmentId ? eq(assessments.departmentId, departmentId) : isNull(assessments.departmentId)))
    .orderBy(desc(assessments.version), asc(assessments.id))
    .limit(1);
  return row;
}

/**
 * Finds the row or creates it, inside the caller's transaction. The inspection row is locked
 * first, so two first opens at the same time create one row, not two.
 */
export async function findOrCreateRow(tx: Tx, actor: Actor, target: AssessmentTarget, model: AssessableModel): Promise<{ row: AssessmentRow; created: boolean }> {
  await tx.select({ id: inspections.id }).from(inspections).where(eq(inspections.id, target.inspection.id)).for('update');
  const departmentId = target.department?.id ?? null;
  const existing = await findRow(tx, target.inspection.id, departmentId);
  if (existing) return { row: existing, created: false };
  const data = emptyData(model);
  const row = one(await tx
    .insert(assessments)
    .values({ inspectionId: target.inspection.id, departmentId, modelId: model.id, modelVersion: model.version, data, version: 1, updatedBy: actor.id, updatedAt: new Date() })
    .returning());
  await recordAudit(tx, actor, {
    action: 'assessment.create',
    entityType: 'assessment',
    entityId: row.id,
    before: null,
    after: { inspectionId: target.inspection.id, departmentId, modelId: model.id, modelVersion: model.version, version: 1, data },
  });
  return { row: row, created: true };
}

/** A department is assessed against the economy of the provider as a whole. */
export async function wholeParts(db: Conn, target: AssessmentTarget, model: AssessableModel): Promise<WholeParts | undefined> {
  if (!target.department) return undefined;
  const whole = await findRow(db, target.inspection.id, null);
  return whole ? wholePartsOf(model, parseStoredData(model, whole.data)) : undefined;
}

export function evaluateData(ctx: ServiceContext, target: AssessmentTarget, model: AssessableModel, data: AssessmentData, whole?: WholeParts): { input: Record<string, unknown>; evaluation: Evaluation } {
  const input = engineInput(model, target.phase, target.engineEntity, data, target.department ? { whole } : 'own');
  return { input, evaluation: evaluate(model, input, { depth: ctx.config.documentationDepth, risk: target.inspection.risk }) };
}

export type PreviousAssessment = {
  inspection: { id: string; title: string; phase: string; status: string; risk: Risk; createdAt: Date };
  assessmentId: string;
  modelId: string;
  modelVersion: string;
  version: number;
  updatedAt: Date;
  data: AssessmentData | null;
  /** Null when the previous model is no longer in the catalog. */
  model: AssessableModel | null;
  evaluation: Evaluation | null;
};

/**
 * The latest assessment of the same foster family from an earlier inspection, for the inspector to
 * confirm or revise. It is only shown: nothing is copied into the current assessment.
 */
export async function previousFosterFamilyAssessment(ctx: ServiceContext, actor: Actor, target: AssessmentTarget): Promise<PreviousAssessment | null> {
  if (target.entity.kind !== 'fosterFamily') return null;
  const rows = await ctx.db
    .select({ assessment: assessments, inspection: inspections })
    .from(assessments)
    .innerJoin(inspections, eq(inspections.id, assessments.inspectionId))
    .where(and(
      eq(inspections.fosterFamilyId, target.entity.id),
      ne(inspections.id, target.inspection.id),
      lt(inspections.createdAt, target.inspection.createdAt),
      isNull(assessments.departmentId),
    ))
    .orderBy(desc(inspections.createdAt), desc(assessments.updatedAt))
    .limit(10);
  const found = rows.find((r) => can(actor, 'inspection.read', { authorityId: r.inspection.authorityId, fosterFamilyId: r.inspection.fosterFamilyId }));
  if (!found) return null;
  const { assessment, inspection } = found;
  const candidate = ctx.registry.used(assessment.modelId, assessment.modelVersion);
  const model = candidate && isAssessable(candidate) ? candidate : null;
  let data: AssessmentData | null = null;
  let evaluation: Evaluation | null = null;
  if (model) {
    try {
      data = parseStoredData(model, assessment.data);
      const input = engineInput(model, inspection.phase, target.engineEntity, data);
      evaluation = evaluate(model, input, { depth: ctx.config.documentationDepth, risk: inspection.risk });
    } catch {
      data = null;
    }
  }
  return {
    inspection: { id: inspection.id, title: inspection.title, phase: inspection.phase, status: inspection.status, risk: inspection.risk, createdAt: inspection.createdAt },
    assessmentId: assessment.id,
    modelId: assessment.modelId,
    modelVersion: assessment.modelVersion,
    version: assessment.version,
    updatedAt: assessment.updatedAt,
    data,
    model,
    evaluation,
  };
}
