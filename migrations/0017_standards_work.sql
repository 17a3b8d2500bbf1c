-- Issue 11 (seed 003): the regions' quality work per institution. An institution (a provider the
-- region operates) adopts the model from a date; per standard and step a status; annual
-- self-evaluations with an entry per standard; external evaluations every third year with their
-- surveyors and a finding per standard.
CREATE TABLE "institution_adoptions" (
	"provider_id" uuid PRIMARY KEY NOT NULL REFERENCES "providers"("id") ON DELETE CASCADE,
	"model_id" text NOT NULL,
	"model_version" text NOT NULL,
	"adopted_on" date NOT NULL,
	"shared_with_authority" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "standard_steps" (
	"provider_id" uuid NOT NULL REFERENCES "providers"("id") ON DELETE CASCADE,
	"standard_id" text NOT NULL,
	"step" integer NOT NULL CHECK ("step" >= 1),
	"status" text NOT NULL CHECK ("status" IN ('not_started', 'in_progress', 'fulfilled')),
	"updated_by" uuid REFERENCES "users"("id"),
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	PRIMARY KEY ("provider_id", "standard_id", "step")
);
--> statement-breakpoint
CREATE TABLE "self_evaluations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"provider_id" uuid NOT NULL REFERENCES "providers"("id") ON DELETE CASCADE,
	"status" text NOT NULL CHECK ("status" IN ('draft', 'submitted', 'acknowledged')),
	"submitted_on" date,
	"acknowledged_on" date,
	"acknowledged_by" uuid REFERENCES "users"("id"),
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE INDEX "self_evaluations_provider_idx" ON "self_evaluations" ("provider_id");
--> statement-breakpoint
CREATE TABLE "self_evaluation_entries" (
	"self_evaluation_id" uuid NOT NULL REFERENCES "self_evaluations"("id") ON DELETE CASCADE,
	"standard_id" text NOT NULL,
	"position" text DEFAULT '' NOT NULL,
	"distance" text DEFAULT '' NOT NULL,
	"gaps" text DEFAULT '' NOT NULL,
	PRIMARY KEY ("self_evaluation_id", "standard_id")
);
--> statement-breakpoint
CREATE TABLE "external_evaluations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"provider_id" uuid NOT NULL REFERENCES "providers"("id") ON DELETE CASCADE,
	"status" text NOT NULL CHECK ("status" IN ('planned', 'in_progress', 'draft', 'final')),
	"planned_on" date NOT NULL,
	"final_on" date,
	"created_by" uuid REFERENCES "users"("id"),
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE INDEX "external_evaluations_provider_idx" ON "external_evaluations" ("provider_id");
--> statement-breakpoint
CREATE TABLE "external_evaluation_surveyors" (
	"evaluation_id" uuid NOT NULL REFERENCES "external_evaluations"("id") ON DELETE CASCADE,
	"user_id" uuid NOT NULL REFERENCES "users"("id"),
	PRIMARY KEY ("evaluation_id", "user_id")
);
--> statement-breakpoint
CREATE TABLE "external_evaluation_findings" (
	"evaluation_id" uuid NOT NULL REFERENCES "external_evaluations"("id") ON DELETE CASCADE,
	"standard_id" text NOT NULL,
	"finding" text NOT NULL CHECK ("finding" IN ('fulfilled', 'partly', 'not_fulfilled')),
	"justification" text DEFAULT '' NOT NULL,
	PRIMARY KEY ("evaluation_id", "standard_id")
);
