ALTER TABLE "teams" ADD COLUMN "goal" double precision DEFAULT 0.3 NOT NULL;--> statement-breakpoint
ALTER TABLE "teams" ADD COLUMN "small_number_threshold" integer DEFAULT 5 NOT NULL;--> statement-breakpoint
CREATE INDEX "registration_events_team_registration_idx" ON "registration_events" USING btree ("team_id","registration_id","at");--> statement-breakpoint
CREATE INDEX "registrations_team_created_idx" ON "registrations" USING btree ("team_id","created_at");--> statement-breakpoint
CREATE INDEX "registrations_recorded_by_created_idx" ON "registrations" USING btree ("recorded_by","created_at");--> statement-breakpoint
CREATE INDEX "registrations_open_follow_up_idx" ON "registrations" USING btree ("team_id","follow_up_due") WHERE outcome = 'deployed' and follow_up_due is not null and (status is null or status in ('chosen', 'requested', 'matched'));--> statement-breakpoint
ALTER TABLE "teams" ADD CONSTRAINT "teams_goal_range" CHECK ("teams"."goal" >= 0 and "teams"."goal" <= 1);--> statement-breakpoint
ALTER TABLE "teams" ADD CONSTRAINT "teams_small_number_threshold_range" CHECK ("teams"."small_number_threshold" >= 1);