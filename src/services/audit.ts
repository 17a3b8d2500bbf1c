// Append-only record of every change to an inspection, assessment or decision:
// who, when, what (before/after). Written inside the same transaction as the change.
import { auditLog } from '../storage/schema.ts';
import type { Tx } from '../storage/database.ts';
import { userIdOf, type Actor } from './actor.ts';

export type AuditEntry = {
  action: string;
  entityType: 'inspection' | 'visit' | 'risk' | 'follow_up' | 'design_widening' | 'assessment' | 'decision' | 'provider' | 'department' | 'foster_family' | 'report' | 'report_version' | 'user' | 'analytics' | 'traffic_light' | 'self_evaluation' | 'local_description' | 'guiding_document' | 'step_evidence' | 'external_evaluation' | 'survey_round' | 'competence_module' | 'catalog_version' | 'calibration_round' | 'review_sample' | 'quality_review';
  entityId: string;
  before: unknown;
  after: unknown;
};

export async function recordAudit(tx: Tx, actor: Actor | null, entry: AuditEntry): Promise<void> {
  await tx.insert(auditLog).values({
    // The command-line operator has no user row: recorded as the system.
    actorId: actor ? userIdOf(actor) : null,
    action: entry.action,
    entityType: entry.entityType,
    entityId: entry.entityId,
    before: entry.before ?? null,
    after: entry.after ?? null,
  });
}
