CREATE TABLE "team_adapter_history" (
	"team_id" uuid NOT NULL,
	"adapter_id" text NOT NULL,
	"version" integer NOT NULL,
	"config" jsonb,
	"changed_at" timestamp with time zone NOT NULL,
	"changed_by" uuid,
	CONSTRAINT "team_adapter_history_team_id_adapter_id_version_pk" PRIMARY KEY("team_id","adapter_id","version")
);
--> statement-breakpoint
CREATE TABLE "team_adapters" (
	"team_id" uuid NOT NULL,
	"adapter_id" text NOT NULL,
	"version" integer NOT NULL,
	"config" jsonb NOT NULL,
	"changed_at" timestamp with time zone NOT NULL,
	"changed_by" uuid,
	CONSTRAINT "team_adapters_team_id_adapter_id_pk" PRIMARY KEY("team_id","adapter_id"),
	CONSTRAINT "team_adapters_version_positive" CHECK ("team_adapters"."version" >= 1)
);
--> statement-breakpoint
ALTER TABLE "team_adapter_history" ADD CONSTRAINT "team_adapter_history_team_id_teams_id_fk" FOREIGN KEY ("team_id") REFERENCES "public"."teams"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "team_adapter_history" ADD CONSTRAINT "team_adapter_history_changed_by_users_id_fk" FOREIGN KEY ("changed_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "team_adapters" ADD CONSTRAINT "team_adapters_team_id_teams_id_fk" FOREIGN KEY ("team_id") REFERENCES "public"."teams"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "team_adapters" ADD CONSTRAINT "team_adapters_changed_by_users_id_fk" FOREIGN KEY ("changed_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;