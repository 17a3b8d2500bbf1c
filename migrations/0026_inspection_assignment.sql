-- Issue 12: an inspection's lead inspector, co-inspectors and planned period. Existing inspections
-- get as lead the inspector who created them (from the audit trail), where that is known.
ALTER TABLE "inspections" ADD COLUMN "lead_inspector_id" uuid REFERENCES "users"("id");
--> statement-breakpoint
ALTER TABLE "inspections" ADD COLUMN "planned_from" date;
--> statement-breakpoint
ALTER TABLE "inspections" ADD COLUMN "planned_to" date;
--> statement-breakpoint
ALTER TABLE "inspections" ADD CONSTRAINT "inspections_planned_period" CHECK ("planned_to" IS NULL OR "planned_from" IS NULL OR "planned_to" >= "planned_from");
--> statement-breakpoint
CREATE TABLE "inspection_co_inspectors" (
	"inspection_id" uuid NOT NULL REFERENCES "inspections"("id") ON DELETE CASCADE,
	"user_id" uuid NOT NULL REFERENCES "users"("id"),
	PRIMARY KEY ("inspection_id", "user_id")
);
--> statement-breakpoint
CREATE INDEX "inspection_co_inspectors_user_idx" ON "inspection_co_inspectors" ("user_id");
--> statement-breakpoint
CREATE INDEX "inspections_lead_idx" ON "inspections" ("lead_inspector_id") WHERE "status" IN ('planned', 'in_progress');
--> statement-breakpoint
UPDATE "inspections" AS i SET "lead_inspector_id" = a."actor_id"
FROM "audit_log" AS a, "users" AS u
WHERE a."action" = 'inspection.create' AND a."entity_id" = i."id"::text AND u."id" = a."actor_id" AND u."role" = 'inspector';
