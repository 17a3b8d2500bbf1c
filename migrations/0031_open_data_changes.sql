-- Issue 12: the whole open-data export is cached; it is rebuilt when anything it shows changes. Any
-- write to providers, decisions (enhanced supervision) or report dispatches (a published version)
-- counts one change here, whoever makes it, so the cache's version is one row to read however
-- large the database is.
CREATE TABLE IF NOT EXISTS "open_data_changes" (
  "id" integer PRIMARY KEY DEFAULT 1 CHECK ("id" = 1),
  "version" bigint NOT NULL DEFAULT 0,
  "changed_at" timestamp with time zone NOT NULL DEFAULT now()
);
--> statement-breakpoint
INSERT INTO "open_data_changes" ("id") VALUES (1) ON CONFLICT DO NOTHING;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION open_data_changed() RETURNS trigger AS $$
BEGIN
  UPDATE open_data_changes SET version = version + 1, changed_at = now() WHERE id = 1;
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER providers_open_data AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON providers
  FOR EACH STATEMENT EXECUTE FUNCTION open_data_changed();
--> statement-breakpoint
CREATE TRIGGER decisions_open_data AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON decisions
  FOR EACH STATEMENT EXECUTE FUNCTION open_data_changed();
--> statement-breakpoint
CREATE TRIGGER report_dispatches_open_data AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON report_dispatches
  FOR EACH STATEMENT EXECUTE FUNCTION open_data_changed();
