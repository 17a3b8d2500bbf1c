-- Issue 11: catalog versions uploaded by the administrator, for every model kind. An upload is first
-- pending (its diff against the version in force is shown); once activated it is in force from its
-- date. Older work keeps the version it recorded.
CREATE TABLE "catalog_versions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"model_id" text NOT NULL,
	"version" text NOT NULL,
	"source" text NOT NULL,
	"file_name" text NOT NULL,
	"active_from" date NOT NULL,
	"status" text NOT NULL CHECK ("status" IN ('pending', 'active')),
	"uploaded_by" uuid REFERENCES "users"("id"),
	"uploaded_at" timestamp with time zone DEFAULT now() NOT NULL,
	"activated_at" timestamp with time zone,
	CONSTRAINT "catalog_versions_version" UNIQUE ("model_id", "version")
);
