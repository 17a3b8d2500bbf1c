-- Issue 11 (seed 003): the external evaluation's report, the institution's comments on the draft,
-- and the actions the region follows up on after the evaluation is final.
ALTER TABLE "external_evaluations" ADD COLUMN "report" text DEFAULT '' NOT NULL;
--> statement-breakpoint
ALTER TABLE "external_evaluations" ADD COLUMN "draft_on" date;
--> statement-breakpoint
ALTER TABLE "external_evaluations" ADD COLUMN "institution_comment" text;
--> statement-breakpoint
ALTER TABLE "external_evaluations" ADD COLUMN "commented_on" date;
--> statement-breakpoint
ALTER TABLE "external_evaluations" ADD COLUMN "version" integer DEFAULT 1 NOT NULL;
--> statement-breakpoint
CREATE TABLE "evaluation_actions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"evaluation_id" uuid NOT NULL REFERENCES "external_evaluations"("id") ON DELETE CASCADE,
	"standard_id" text NOT NULL,
	"action" text NOT NULL,
	"owner" text NOT NULL,
	"deadline" date NOT NULL,
	"done_on" date,
	"created_by" uuid REFERENCES "users"("id"),
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE INDEX "evaluation_actions_evaluation_idx" ON "evaluation_actions" ("evaluation_id");
