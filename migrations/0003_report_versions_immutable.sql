-- A final report version is immutable: corrections create a new version that links to the old.
CREATE OR REPLACE FUNCTION report_versions_refuse_change() RETURNS trigger AS $$
BEGIN
  RAISE EXCEPTION 'report_versions are immutable';
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER report_versions_immutable BEFORE UPDATE OR DELETE ON report_versions
  FOR EACH ROW EXECUTE FUNCTION report_versions_refuse_change();
