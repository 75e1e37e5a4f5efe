CREATE TABLE "sign_in_throttle" (
	"key_hash" text PRIMARY KEY NOT NULL,
	"failures" integer NOT NULL,
	"window_started_at" timestamp with time zone NOT NULL,
	"locked_until" timestamp with time zone
);
--> statement-breakpoint
-- Demo codes never expired; they are made again, with an expiry, the next time the demo is seeded.
DELETE FROM "sign_in_codes" WHERE "expires_at" IS NULL;
--> statement-breakpoint
ALTER TABLE "sign_in_codes" ALTER COLUMN "expires_at" SET NOT NULL;
