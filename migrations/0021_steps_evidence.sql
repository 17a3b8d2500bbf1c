-- Issue 11 (seed 003): the evidence behind a step. Step 1: the guiding documents (vejledninger and
-- instrukser) — a file or a link, an owner and a review date, optionally shared with the region's
-- other institutions as an example. Step 2 and later: how the documents are known and used
-- (briefings held, staff asked …), one dated record each.
CREATE TABLE "guiding_documents" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"provider_id" uuid NOT NULL REFERENCES "providers"("id") ON DELETE CASCADE,
	"standard_id" text NOT NULL,
	"title" text NOT NULL,
	"kind" text NOT NULL CHECK ("kind" IN ('vejledning', 'instruks')),
	"link" text,
	"file_name" text,
	"file_type" text,
	"file_data" bytea,
	"owner" text NOT NULL,
	"review_on" date NOT NULL,
	"shared_as_example" boolean DEFAULT false NOT NULL,
	"created_by" uuid REFERENCES "users"("id"),
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "guiding_documents_file_or_link" CHECK (("link" IS NULL) <> ("file_data" IS NULL))
);
--> statement-breakpoint
CREATE INDEX "guiding_documents_provider_idx" ON "guiding_documents" ("provider_id", "standard_id");
--> statement-breakpoint
CREATE INDEX "guiding_documents_examples_idx" ON "guiding_documents" ("standard_id") WHERE "shared_as_example";
--> statement-breakpoint
CREATE TABLE "step_evidence" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"provider_id" uuid NOT NULL REFERENCES "providers"("id") ON DELETE CASCADE,
	"standard_id" text NOT NULL,
	"step" integer NOT NULL CHECK ("step" >= 2),
	"kind" text NOT NULL CHECK ("kind" IN ('briefing', 'staff_asked', 'other')),
	"held_on" date NOT NULL,
	"description" text NOT NULL,
	"created_by" uuid REFERENCES "users"("id"),
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE INDEX "step_evidence_provider_idx" ON "step_evidence" ("provider_id", "standard_id");
