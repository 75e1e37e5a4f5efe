CREATE TABLE "stats_rollup_pending" (
	"team_id" uuid NOT NULL,
	"case_ref" text NOT NULL,
	"at" timestamp with time zone NOT NULL,
	CONSTRAINT "stats_rollup_pending_team_id_case_ref_pk" PRIMARY KEY("team_id","case_ref")
);
--> statement-breakpoint
CREATE TABLE "stats_rollup_pending_facts" (
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
	CONSTRAINT "stats_rollup_pending_facts_team_id_month_figure_key_pk" PRIMARY KEY("team_id","month","figure","key")
);
--> statement-breakpoint
ALTER TABLE "registration_events" DROP CONSTRAINT "registration_events_team_id_teams_id_fk";
--> statement-breakpoint
ALTER TABLE "registration_events" DROP CONSTRAINT "registration_events_user_id_users_id_fk";
--> statement-breakpoint
ALTER TABLE "stats_rollup_pending_facts" ADD CONSTRAINT "stats_rollup_pending_facts_team_id_teams_id_fk" FOREIGN KEY ("team_id") REFERENCES "public"."teams"("id") ON DELETE cascade ON UPDATE no action;