CREATE TABLE "stats_rollup" (
	"team_id" uuid NOT NULL,
	"month" text NOT NULL,
	"figure" text NOT NULL,
	"key" text NOT NULL,
	"considered" integer DEFAULT 0 NOT NULL,
	"requested" integer DEFAULT 0 NOT NULL,
	"started" integer DEFAULT 0 NOT NULL,
	"unmet" integer DEFAULT 0 NOT NULL,
	"not_suitable" integer DEFAULT 0 NOT NULL,
	"not_started" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "stats_rollup_team_id_month_figure_key_pk" PRIMARY KEY("team_id","month","figure","key")
);
--> statement-breakpoint
CREATE TABLE "stats_rollup_teams" (
	"team_id" uuid PRIMARY KEY NOT NULL,
	"version" integer NOT NULL,
	"latest_event_at" timestamp with time zone,
	"built_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "stats_rollup" ADD CONSTRAINT "stats_rollup_team_id_teams_id_fk" FOREIGN KEY ("team_id") REFERENCES "public"."teams"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "stats_rollup_teams" ADD CONSTRAINT "stats_rollup_teams_team_id_teams_id_fk" FOREIGN KEY ("team_id") REFERENCES "public"."teams"("id") ON DELETE cascade ON UPDATE no action;