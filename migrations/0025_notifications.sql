-- Issue 12: in-app notifications of the report workflow (sent back, waiting for review, hearing sent,
-- hearing answered, report sent), one row per recipient; e-mailed when SMTP is configured and the
-- user has an address. Users gain an optional e-mail address.
CREATE TABLE "notifications" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL REFERENCES "users"("id") ON DELETE CASCADE,
	"kind" text NOT NULL CHECK ("kind" IN ('report_returned', 'review_waiting', 'hearing_sent', 'hearing_answered', 'report_sent')),
	"inspection_id" uuid NOT NULL REFERENCES "inspections"("id") ON DELETE CASCADE,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"read_at" timestamp with time zone,
	"emailed_at" timestamp with time zone
);
--> statement-breakpoint
CREATE INDEX "notifications_user_idx" ON "notifications" ("user_id", "created_at" DESC);
--> statement-breakpoint
CREATE INDEX "notifications_unread_idx" ON "notifications" ("user_id") WHERE "read_at" IS NULL;
--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "email" text;
