-- Issue 11 (seed 003): the traffic light — everyday matters placed in red (the residents may voice an
-- opinion, not decide), yellow (decided together with the staff) or green (the residents decide),
-- agreed with the residents, for the institution or one of its houses. A change ends the old
-- placement (ended_at) and adds a new one, so the history stays.
CREATE TABLE "traffic_light_items" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"provider_id" uuid NOT NULL REFERENCES "providers"("id") ON DELETE CASCADE,
	"unit" text DEFAULT '' NOT NULL,
	"matter" text NOT NULL,
	"colour" text NOT NULL CHECK ("colour" IN ('red', 'yellow', 'green')),
	"agreed_on" date NOT NULL,
	"agreed_with" text NOT NULL,
	"created_by" uuid REFERENCES "users"("id"),
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"ended_at" timestamp with time zone
);
--> statement-breakpoint
CREATE INDEX "traffic_light_items_provider_idx" ON "traffic_light_items" ("provider_id");
