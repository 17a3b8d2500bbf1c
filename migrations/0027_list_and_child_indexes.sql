-- Issue 12: the indexes the daily pages need at national scale — an inspection's children by their
-- inspection (the overview reads each), inspections by provider or foster family (the annual
-- inspection and the entity pages) and by last change (the list's order), dispatches by time (open
-- data's version), users by organisation (who is notified).
CREATE INDEX IF NOT EXISTS "visits_inspection_idx" ON "visits" ("inspection_id", "planned_on");
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "risk_changes_inspection_idx" ON "risk_changes" ("inspection_id", "changed_at");
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "follow_ups_inspection_idx" ON "follow_ups" ("inspection_id");
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "decisions_inspection_idx" ON "decisions" ("inspection_id", "decided_at");
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "inspections_provider_idx" ON "inspections" ("provider_id") WHERE "provider_id" IS NOT NULL;
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "inspections_foster_family_idx" ON "inspections" ("foster_family_id") WHERE "foster_family_id" IS NOT NULL;
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "inspections_authority_updated_idx" ON "inspections" ("authority_id", "updated_at" DESC);
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "inspections_updated_idx" ON "inspections" ("updated_at" DESC);
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "report_dispatches_sent_idx" ON "report_dispatches" ("sent_at");
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "users_provider_idx" ON "users" ("provider_id") WHERE "provider_id" IS NOT NULL;
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "users_foster_family_idx" ON "users" ("foster_family_id") WHERE "foster_family_id" IS NOT NULL;
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "users_authority_role_idx" ON "users" ("authority_id", "role");
