CREATE TABLE "team_embed_origins" (
	"team_id" uuid NOT NULL,
	"origin" text NOT NULL,
	"added_at" timestamp with time zone NOT NULL,
	"added_by" uuid,
	CONSTRAINT "team_embed_origins_team_id_origin_pk" PRIMARY KEY("team_id","origin")
);
--> statement-breakpoint
ALTER TABLE "team_embed_origins" ADD CONSTRAINT "team_embed_origins_team_id_teams_id_fk" FOREIGN KEY ("team_id") REFERENCES "public"."teams"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "team_embed_origins" ADD CONSTRAINT "team_embed_origins_added_by_users_id_fk" FOREIGN KEY ("added_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;