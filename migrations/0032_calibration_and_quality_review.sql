-- Issue 13 (seed 001): calibration rounds between inspectors — a case judged blind by invited
-- inspectors, agreement measured when the round is closed — and the managers' sampled quality
-- review of final reports (ledelsestilsyn): a reproducible draw and a checklist review per report.
CREATE TABLE "calibration_rounds" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"title" text NOT NULL,
	"owner_id" uuid NOT NULL REFERENCES "users"("id"),
	"owner_authority_id" text REFERENCES "authorities"("id"),
	"case_text" text NOT NULL,
	"model_id" text NOT NULL,
	"model_version" text NOT NULL,
	"item_ids" jsonb NOT NULL,
	"deadline" date NOT NULL,
	"status" text DEFAULT 'open' NOT NULL CHECK ("status" IN ('open', 'closed')),
	"closed_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "calibration_attachments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"round_id" uuid NOT NULL REFERENCES "calibration_rounds"("id") ON DELETE CASCADE,
	"file_name" text NOT NULL,
	"file_type" text NOT NULL,
	"file_data" bytea NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "calibration_invitations" (
	"round_id" uuid NOT NULL REFERENCES "calibration_rounds"("id") ON DELETE CASCADE,
	"user_id" uuid NOT NULL REFERENCES "users"("id"),
	"authority_id" text NOT NULL REFERENCES "authorities"("id"),
	PRIMARY KEY ("round_id", "user_id")
);
--> statement-breakpoint
CREATE INDEX "calibration_invitations_user_idx" ON "calibration_invitations" ("user_id");
--> statement-breakpoint
CREATE INDEX "calibration_invitations_authority_idx" ON "calibration_invitations" ("authority_id", "round_id");
--> statement-breakpoint
CREATE TABLE "calibration_answers" (
	"round_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"item_id" text NOT NULL,
	"value" text NOT NULL,
	"reason" text NOT NULL,
	"answered_at" timestamp with time zone DEFAULT now() NOT NULL,
	PRIMARY KEY ("round_id", "user_id", "item_id"),
	FOREIGN KEY ("round_id", "user_id") REFERENCES "calibration_invitations"("round_id", "user_id") ON DELETE CASCADE
);
--> statement-breakpoint
CREATE TABLE "calibration_discussions" (
	"round_id" uuid NOT NULL REFERENCES "calibration_rounds"("id") ON DELETE CASCADE,
	"item_id" text NOT NULL,
	"note" text NOT NULL,
	"agreed_value" text,
	"recorded_by" uuid REFERENCES "users"("id"),
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL,
	PRIMARY KEY ("round_id", "item_id")
);
--> statement-breakpoint
CREATE TABLE "review_samples" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"authority_id" text NOT NULL REFERENCES "authorities"("id"),
	"drawn_by" uuid REFERENCES "users"("id"),
	"period_from" date NOT NULL,
	"period_to" date NOT NULL,
	"size" integer NOT NULL CHECK ("size" > 0),
	"strata" jsonb NOT NULL,
	"seed" bigint NOT NULL,
	"version_ids" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE INDEX "review_samples_authority_idx" ON "review_samples" ("authority_id", "created_at");
--> statement-breakpoint
CREATE TABLE "quality_reviews" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"sample_id" uuid NOT NULL REFERENCES "review_samples"("id") ON DELETE CASCADE,
	"version_id" uuid NOT NULL REFERENCES "report_versions"("id"),
	"authority_id" text NOT NULL REFERENCES "authorities"("id"),
	"inspector_id" uuid REFERENCES "users"("id"),
	"reviewer_id" uuid REFERENCES "users"("id"),
	"points" jsonb NOT NULL,
	"summary" text NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"reviewed_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "quality_reviews_one_per_report" UNIQUE ("sample_id", "version_id")
);
--> statement-breakpoint
CREATE INDEX "quality_reviews_inspector_idx" ON "quality_reviews" ("inspector_id", "reviewed_at");
--> statement-breakpoint
CREATE INDEX "quality_reviews_authority_idx" ON "quality_reviews" ("authority_id", "reviewed_at");
