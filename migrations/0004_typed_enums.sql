-- The closed lists of src/core/vocabulary.ts (and the phases and decisions of the core) as CHECK
-- constraints: a value outside the list is refused by the database, whichever program writes it.
ALTER TABLE "users" ADD CONSTRAINT "users_role_check" CHECK ("role" IN ('inspector', 'manager', 'provider', 'municipality', 'auditor', 'admin'));--> statement-breakpoint
ALTER TABLE "inspections" ADD CONSTRAINT "inspections_phase_check" CHECK ("phase" IN ('approval', 'operation'));--> statement-breakpoint
ALTER TABLE "inspections" ADD CONSTRAINT "inspections_status_check" CHECK ("status" IN ('planned', 'in_progress', 'completed', 'cancelled'));--> statement-breakpoint
ALTER TABLE "inspections" ADD CONSTRAINT "inspections_risk_check" CHECK ("risk" IN ('green', 'yellow', 'red'));--> statement-breakpoint
ALTER TABLE "risk_changes" ADD CONSTRAINT "risk_changes_risk_check" CHECK ("risk" IN ('green', 'yellow', 'red'));--> statement-breakpoint
ALTER TABLE "visits" ADD CONSTRAINT "visits_status_check" CHECK ("status" IN ('planned', 'held', 'aborted'));--> statement-breakpoint
ALTER TABLE "decisions" ADD CONSTRAINT "decisions_kind_check" CHECK ("kind" IN ('refusal', 'approval_with_conditions', 'injunction', 'enhanced_supervision', 'enhanced_supervision_with_injunction', 'revocation'));--> statement-breakpoint
ALTER TABLE "reports" ADD CONSTRAINT "reports_status_check" CHECK ("status" IN ('draft', 'review', 'hearing', 'final', 'sent'));--> statement-breakpoint
ALTER TABLE "report_versions" ADD CONSTRAINT "report_versions_audience_check" CHECK ("audience" IN ('public', 'municipality'));--> statement-breakpoint
ALTER TABLE "providers" ADD CONSTRAINT "providers_approval_status_check" CHECK ("approval_status" IN ('approved', 'approved_with_conditions', 'pending', 'revoked'));
