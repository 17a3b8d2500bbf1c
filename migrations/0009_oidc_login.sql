-- Login through the organisation's identity provider (OpenID Connect): a started login waits here
-- (by the SHA-256 of its state) until the provider sends the browser back, at most ten minutes.
CREATE TABLE "oidc_logins" (
	"state_hash" text PRIMARY KEY NOT NULL,
	"code_verifier" text NOT NULL,
	"nonce" text NOT NULL,
	"next_path" text NOT NULL,
	"expires_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
-- How a session began: a password an administrator set is changed at a password login only.
ALTER TABLE "sessions" ADD COLUMN "method" text DEFAULT 'password' NOT NULL;
--> statement-breakpoint
ALTER TABLE "sessions" ADD CONSTRAINT "sessions_method_check" CHECK ("method" IN ('password', 'oidc'));
