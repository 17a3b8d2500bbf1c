-- A provider's ownership (ejerform): the `bestyrelse` flag (indicator 8.c "gælder kun for private
-- tilbud med en bestyrelse") is allowed for private providers only. Providers registered before
-- this were not asked; those with a board are private by that flag, the others stay unstated.
ALTER TABLE "providers" ADD COLUMN "ownership" text;
--> statement-breakpoint
ALTER TABLE "providers" ADD CONSTRAINT "providers_ownership_check" CHECK ("ownership" IN ('kommunal', 'regional', 'privat'));
--> statement-breakpoint
UPDATE "providers" SET "ownership" = 'privat' WHERE 'bestyrelse' = ANY ("flags");
