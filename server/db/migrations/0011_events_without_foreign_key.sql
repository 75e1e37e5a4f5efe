ALTER TABLE "registration_events" DROP CONSTRAINT "registration_events_registration_id_registrations_id_fk";
--> statement-breakpoint
DROP INDEX "registration_events_registration_idx";--> statement-breakpoint
-- The events still go with their registration, set-wise: one statement trigger on the rare delete
-- instead of a foreign-key check per event in every push. It finds them by the team's index, as
-- every read of them names the team, so the index of registration_id alone is gone too.
CREATE FUNCTION registrations_delete_events() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM registration_events e USING gone g WHERE e.team_id = g.team_id AND e.registration_id = g.id;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER registrations_delete_events AFTER DELETE ON registrations
  REFERENCING OLD TABLE AS gone FOR EACH STATEMENT EXECUTE FUNCTION registrations_delete_events();
