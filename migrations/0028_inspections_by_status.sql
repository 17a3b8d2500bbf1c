-- Issue 12: the inspections list filtered by status (the completed inspections of an authority, say)
-- counts from this index alone and reads its page in order from it.
CREATE INDEX IF NOT EXISTS "inspections_authority_status_updated_idx" ON "inspections" ("authority_id", "status", "updated_at" DESC);
