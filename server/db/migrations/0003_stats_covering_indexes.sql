-- Stats (server/db/queries/stats.ts): covering indexes, so a team's registrations in the window and
-- its deployments' status history are read by index-only scans instead of one heap page per row
-- (a team's rows are interleaved in time with every other team's). Same names and key columns as
-- before; Drizzle's index builder cannot express INCLUDE, so schema.ts keeps the key columns and
-- this hand-written migration adds the included ones (bench/RESULTS.md has the measurements).
DROP INDEX IF EXISTS "registrations_team_created_idx";--> statement-breakpoint
CREATE INDEX "registrations_team_created_idx" ON "registrations" USING btree ("team_id","created_at") INCLUDE ("id","case_ref","outcome","kind","organization_id","not_started_reason","recorded_by","domains");--> statement-breakpoint
DROP INDEX IF EXISTS "registration_events_team_registration_idx";--> statement-breakpoint
CREATE INDEX "registration_events_team_registration_idx" ON "registration_events" USING btree ("team_id","registration_id","at") INCLUDE ("status");
