-- The content hash of every model version the database has seen: a changed catalog under a
-- version already in use is refused (assessments and reports refer to the version, not a copy).
CREATE TABLE "model_versions" (
  "model_id" text NOT NULL,
  "version" text NOT NULL,
  "content_hash" text NOT NULL,
  "first_seen_at" timestamp with time zone DEFAULT now() NOT NULL,
  PRIMARY KEY ("model_id", "version")
);
