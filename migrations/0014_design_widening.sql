-- Yellow risk: the investigation design is widened until the doubt is settled (seed 000). Each
-- widening names the criterion in doubt and what was added (design steps, sources, visits).
CREATE TABLE "design_widenings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"inspection_id" uuid NOT NULL REFERENCES "inspections"("id") ON DELETE CASCADE,
	"criterion_id" text NOT NULL,
	"description" text NOT NULL,
	"added_by" uuid REFERENCES "users"("id"),
	"added_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE INDEX "design_widenings_inspection_idx" ON "design_widenings" ("inspection_id");
