-- The five authorities are reference data, not demo data: every database has them.
INSERT INTO "authorities" ("id", "name") VALUES
  ('nord', 'Socialtilsyn Nord'),
  ('midt', 'Socialtilsyn Midt'),
  ('syd', 'Socialtilsyn Syd'),
  ('oest', 'Socialtilsyn Øst'),
  ('hovedstaden', 'Socialtilsyn Hovedstaden')
ON CONFLICT ("id") DO NOTHING;
--> statement-breakpoint
-- Users can be deactivated (not deleted: the audit log names them), must change a password an
-- administrator set, and are edited with optimistic versions like every other record.
ALTER TABLE "users" ADD COLUMN "active" boolean NOT NULL DEFAULT true;
--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "must_change_password" boolean NOT NULL DEFAULT false;
--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "version" integer NOT NULL DEFAULT 1;
--> statement-breakpoint
-- One row about the installation itself: whether it holds the fictional demo data.
CREATE TABLE "installation" (
  "id" integer PRIMARY KEY DEFAULT 1 CHECK ("id" = 1),
  "demo" boolean NOT NULL DEFAULT false,
  "created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
-- A database seeded before this migration that already holds the demo users is a demo database.
INSERT INTO "installation" ("id", "demo")
SELECT 1, EXISTS (SELECT 1 FROM "users" WHERE "username" = 'inspektoer-nord');
