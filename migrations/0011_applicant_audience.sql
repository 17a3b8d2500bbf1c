-- Seed 002: "Kvalitetsvurderingen på temaniveau offentliggøres på Tilbudsportalen, hvis tilbuddet
-- godkendes". A report at approval whose decision is refusal (afslag) goes to the applicant only.
ALTER TABLE "report_versions" DROP CONSTRAINT "report_versions_audience_check";
--> statement-breakpoint
ALTER TABLE "report_versions" ADD CONSTRAINT "report_versions_audience_check" CHECK ("audience" IN ('public', 'municipality', 'applicant'));
