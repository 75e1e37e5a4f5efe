CREATE TABLE "catalogue_known_ids" (
	"municipality_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"id" text NOT NULL,
	CONSTRAINT "catalogue_known_ids_municipality_id_kind_id_pk" PRIMARY KEY("municipality_id","kind","id")
);
--> statement-breakpoint
ALTER TABLE "catalogue_known_ids" ADD CONSTRAINT "catalogue_known_ids_municipality_id_municipalities_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipalities"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
-- Written by hand (Drizzle has no triggers): every save of a kaart adds its ids.
CREATE FUNCTION "catalogue_remember_ids"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	INSERT INTO "catalogue_known_ids" ("municipality_id", "kind", "id")
	SELECT NEW."municipality_id", 'service', s->>'id' FROM jsonb_array_elements(NEW."services") s WHERE s->>'id' IS NOT NULL
	UNION
	SELECT NEW."municipality_id", 'organization', o->>'id' FROM jsonb_array_elements(NEW."organizations") o WHERE o->>'id' IS NOT NULL
	ON CONFLICT DO NOTHING;
	RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER "catalogues_remember_ids" AFTER INSERT OR UPDATE OF "services", "organizations" ON "catalogues"
	FOR EACH ROW EXECUTE FUNCTION "catalogue_remember_ids"();
--> statement-breakpoint
-- The kaarten saved before this migration.
INSERT INTO "catalogue_known_ids" ("municipality_id", "kind", "id")
SELECT c."municipality_id", 'service', s->>'id' FROM "catalogues" c, jsonb_array_elements(c."services") s WHERE s->>'id' IS NOT NULL
UNION
SELECT c."municipality_id", 'organization', o->>'id' FROM "catalogues" c, jsonb_array_elements(c."organizations") o WHERE o->>'id' IS NOT NULL
ON CONFLICT DO NOTHING;
