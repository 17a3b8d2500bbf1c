-- Issue 11 (seed 003): per institution and standard the local description — how the institution
-- will live up to the standard in practice — versioned: the institution writes a version, the
-- region approves it; earlier versions stay.
CREATE TABLE "local_descriptions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"provider_id" uuid NOT NULL REFERENCES "providers"("id") ON DELETE CASCADE,
	"standard_id" text NOT NULL,
	"version" integer NOT NULL,
	"text" text NOT NULL,
	"status" text NOT NULL CHECK ("status" IN ('draft', 'approved')),
	"written_by" uuid REFERENCES "users"("id"),
	"written_at" timestamp with time zone DEFAULT now() NOT NULL,
	"approved_by" uuid REFERENCES "users"("id"),
	"approved_on" date,
	CONSTRAINT "local_descriptions_version" UNIQUE ("provider_id", "standard_id", "version")
);
