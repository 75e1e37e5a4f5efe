CREATE TABLE "team_caseloads" (
	"team_id" uuid NOT NULL,
	"month" text NOT NULL,
	"cases" integer NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "team_caseloads_team_id_month_pk" PRIMARY KEY("team_id","month"),
	CONSTRAINT "team_caseloads_cases_range" CHECK ("team_caseloads"."cases" >= 0 and "team_caseloads"."cases" <= 100000)
);
--> statement-breakpoint
ALTER TABLE "team_caseloads" ADD CONSTRAINT "team_caseloads_team_id_teams_id_fk" FOREIGN KEY ("team_id") REFERENCES "public"."teams"("id") ON DELETE cascade ON UPDATE no action;