-- Issue 11 (seed 003): user and relative surveys (a round with its aggregated results per question,
-- imported from CSV) and the competence development plan (modules with their participants).
CREATE TABLE "survey_rounds" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"provider_id" uuid NOT NULL REFERENCES "providers"("id") ON DELETE CASCADE,
	"audience" text NOT NULL CHECK ("audience" IN ('users', 'relatives')),
	"held_on" date NOT NULL,
	"invited" integer NOT NULL CHECK ("invited" > 0),
	"responded" integer NOT NULL CHECK ("responded" >= 0 AND "responded" <= "invited"),
	"created_by" uuid REFERENCES "users"("id"),
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "survey_rounds_one_per_day" UNIQUE ("provider_id", "audience", "held_on")
);
--> statement-breakpoint
CREATE TABLE "survey_results" (
	"round_id" uuid NOT NULL REFERENCES "survey_rounds"("id") ON DELETE CASCADE,
	"question_no" integer NOT NULL,
	"question" text NOT NULL,
	"answers" integer NOT NULL CHECK ("answers" >= 0),
	"positive" integer NOT NULL CHECK ("positive" >= 0 AND "positive" <= "answers"),
	PRIMARY KEY ("round_id", "question_no")
);
--> statement-breakpoint
CREATE TABLE "competence_modules" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"provider_id" uuid NOT NULL REFERENCES "providers"("id") ON DELETE CASCADE,
	"topic" text NOT NULL,
	"target_group" text NOT NULL,
	"starts_on" date NOT NULL,
	"ends_on" date NOT NULL,
	"created_by" uuid REFERENCES "users"("id"),
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "competence_modules_dates" CHECK ("ends_on" >= "starts_on")
);
--> statement-breakpoint
CREATE INDEX "competence_modules_provider_idx" ON "competence_modules" ("provider_id");
--> statement-breakpoint
CREATE TABLE "competence_participants" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"module_id" uuid NOT NULL REFERENCES "competence_modules"("id") ON DELETE CASCADE,
	"name" text NOT NULL,
	"completed_on" date
);
--> statement-breakpoint
CREATE INDEX "competence_participants_module_idx" ON "competence_participants" ("module_id");
