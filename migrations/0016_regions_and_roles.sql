-- Issue 11 (seed 003): the regions, which operate regional institutions and run their own quality
-- model; two new roles — the region's quality consultant and the external surveyor.
CREATE TABLE "regions" (
	"id" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL
);
--> statement-breakpoint
INSERT INTO "regions" ("id", "name") VALUES
	('nordjylland', 'Region Nordjylland'),
	('midtjylland', 'Region Midtjylland'),
	('syddanmark', 'Region Syddanmark'),
	('sjaelland', 'Region Sjælland'),
	('hovedstaden', 'Region Hovedstaden');
--> statement-breakpoint
ALTER TABLE "providers" ADD COLUMN "region_id" text REFERENCES "regions"("id");
--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "region_id" text REFERENCES "regions"("id");
--> statement-breakpoint
ALTER TABLE "users" DROP CONSTRAINT "users_role_check";
--> statement-breakpoint
ALTER TABLE "users" ADD CONSTRAINT "users_role_check" CHECK ("role" IN ('inspector', 'manager', 'provider', 'municipality', 'auditor', 'admin', 'region', 'surveyor'));
