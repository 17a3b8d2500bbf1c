-- Issue 11 (seed 003): a self-evaluation's entry per standard also names the action that closes the
-- gap, with its owner and deadline.
ALTER TABLE "self_evaluation_entries" ADD COLUMN "action" text DEFAULT '' NOT NULL;
--> statement-breakpoint
ALTER TABLE "self_evaluation_entries" ADD COLUMN "action_owner" text DEFAULT '' NOT NULL;
--> statement-breakpoint
ALTER TABLE "self_evaluation_entries" ADD COLUMN "action_deadline" date;
