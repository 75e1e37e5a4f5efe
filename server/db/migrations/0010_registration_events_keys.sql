ALTER TABLE "registration_events" DROP CONSTRAINT "registration_events_team_id_teams_id_fk";
--> statement-breakpoint
ALTER TABLE "registration_events" DROP CONSTRAINT "registration_events_user_id_users_id_fk";
