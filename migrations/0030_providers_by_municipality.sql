-- Issue 12: the portal's choice of municipalities is read by skipping through this index, one
-- probe per municipality, instead of reading every provider (src/services/portal/portal-data.ts).
CREATE INDEX IF NOT EXISTS "providers_municipality_idx" ON "providers" ("municipality");
