ALTER TABLE "help_request_links" ADD COLUMN "spent_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "help_request_links" ADD COLUMN "session_hash" text;--> statement-breakpoint
ALTER TABLE "help_request_links" ADD COLUMN "renewed_from" uuid;--> statement-breakpoint
ALTER TABLE "help_request_links" ADD CONSTRAINT "help_request_links_session_hash_unique" UNIQUE("session_hash");