-- Sessions end after a time without use (30 minutes by default), not only after 8 hours.
ALTER TABLE "sessions" ADD COLUMN "last_seen_at" timestamp with time zone DEFAULT now() NOT NULL;
