CREATE SEQUENCE "public"."case_label_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1;--> statement-breakpoint
CREATE TABLE "case_labels" (
	"team_id" uuid NOT NULL,
	"case_ref" text NOT NULL,
	"key_id" uuid NOT NULL,
	"blob" text NOT NULL,
	"seq" bigint DEFAULT nextval('case_label_seq') NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "case_labels_team_id_case_ref_pk" PRIMARY KEY("team_id","case_ref")
);
--> statement-breakpoint
CREATE TABLE "team_devices" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"team_id" uuid NOT NULL,
	"device_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"token_id" uuid NOT NULL,
	"public_key" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "team_key_wraps" (
	"device_row_id" uuid PRIMARY KEY NOT NULL,
	"team_id" uuid NOT NULL,
	"key_id" uuid NOT NULL,
	"wrapped_key" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "team_keys" (
	"team_id" uuid PRIMARY KEY NOT NULL,
	"key_id" uuid NOT NULL,
	"key_check" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "teams" ALTER COLUMN "pseudonym_secret" DROP DEFAULT;--> statement-breakpoint
ALTER TABLE "teams" ALTER COLUMN "pseudonym_secret" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "case_labels" ADD CONSTRAINT "case_labels_team_id_teams_id_fk" FOREIGN KEY ("team_id") REFERENCES "public"."teams"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "team_devices" ADD CONSTRAINT "team_devices_team_id_teams_id_fk" FOREIGN KEY ("team_id") REFERENCES "public"."teams"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "team_devices" ADD CONSTRAINT "team_devices_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "team_devices" ADD CONSTRAINT "team_devices_token_id_tokens_id_fk" FOREIGN KEY ("token_id") REFERENCES "public"."tokens"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "team_key_wraps" ADD CONSTRAINT "team_key_wraps_device_row_id_team_devices_id_fk" FOREIGN KEY ("device_row_id") REFERENCES "public"."team_devices"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "team_key_wraps" ADD CONSTRAINT "team_key_wraps_team_id_teams_id_fk" FOREIGN KEY ("team_id") REFERENCES "public"."teams"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "team_keys" ADD CONSTRAINT "team_keys_team_id_teams_id_fk" FOREIGN KEY ("team_id") REFERENCES "public"."teams"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "case_labels_team_seq_idx" ON "case_labels" USING btree ("team_id","seq");--> statement-breakpoint
CREATE UNIQUE INDEX "team_devices_team_device_idx" ON "team_devices" USING btree ("team_id","device_id");--> statement-breakpoint
CREATE INDEX "team_devices_token_idx" ON "team_devices" USING btree ("token_id");--> statement-breakpoint
CREATE INDEX "team_key_wraps_team_idx" ON "team_key_wraps" USING btree ("team_id");