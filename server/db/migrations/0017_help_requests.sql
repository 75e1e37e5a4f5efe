CREATE TABLE "help_request_events" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"request_id" uuid NOT NULL,
	"action" text NOT NULL,
	"state" text NOT NULL,
	"by" text NOT NULL,
	"user_id" uuid,
	"link_id" uuid,
	"text" text,
	"expected_date" text,
	"reason" text,
	"at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "help_request_links" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"request_id" uuid NOT NULL,
	"organisation_account_id" uuid NOT NULL,
	"token_hash" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"revoked_at" timestamp with time zone,
	CONSTRAINT "help_request_links_token_hash_unique" UNIQUE("token_hash")
);
--> statement-breakpoint
CREATE TABLE "help_requests" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"team_id" uuid NOT NULL,
	"registration_id" uuid NOT NULL,
	"organisation_account_id" uuid NOT NULL,
	"service_id" text,
	"kind" text NOT NULL,
	"domain" text NOT NULL,
	"wijk" text NOT NULL,
	"days" jsonb NOT NULL,
	"dayparts" jsonb NOT NULL,
	"language" text NOT NULL,
	"task" text NOT NULL,
	"professional_name" text NOT NULL,
	"professional_email" text NOT NULL,
	"professional_phone" text,
	"state" text NOT NULL,
	"expected_date" text,
	"decline_reason" text,
	"created_by" uuid NOT NULL,
	"consent_at" timestamp with time zone NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "organisation_accounts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"municipality_id" uuid NOT NULL,
	"organization_id" text NOT NULL,
	"name" text NOT NULL,
	"email" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "organisation_coordinators" (
	"user_id" uuid PRIMARY KEY NOT NULL,
	"organisation_account_id" uuid NOT NULL
);
--> statement-breakpoint
ALTER TABLE "help_request_events" ADD CONSTRAINT "help_request_events_request_id_help_requests_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."help_requests"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "help_request_events" ADD CONSTRAINT "help_request_events_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "help_request_links" ADD CONSTRAINT "help_request_links_request_id_help_requests_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."help_requests"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "help_request_links" ADD CONSTRAINT "help_request_links_organisation_account_id_organisation_accounts_id_fk" FOREIGN KEY ("organisation_account_id") REFERENCES "public"."organisation_accounts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "help_requests" ADD CONSTRAINT "help_requests_team_id_teams_id_fk" FOREIGN KEY ("team_id") REFERENCES "public"."teams"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "help_requests" ADD CONSTRAINT "help_requests_registration_id_registrations_id_fk" FOREIGN KEY ("registration_id") REFERENCES "public"."registrations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "help_requests" ADD CONSTRAINT "help_requests_organisation_account_id_organisation_accounts_id_fk" FOREIGN KEY ("organisation_account_id") REFERENCES "public"."organisation_accounts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "help_requests" ADD CONSTRAINT "help_requests_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organisation_accounts" ADD CONSTRAINT "organisation_accounts_municipality_id_municipalities_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipalities"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organisation_coordinators" ADD CONSTRAINT "organisation_coordinators_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organisation_coordinators" ADD CONSTRAINT "organisation_coordinators_organisation_account_id_organisation_accounts_id_fk" FOREIGN KEY ("organisation_account_id") REFERENCES "public"."organisation_accounts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "help_request_events_request_idx" ON "help_request_events" USING btree ("request_id","id");--> statement-breakpoint
CREATE INDEX "help_request_links_request_idx" ON "help_request_links" USING btree ("request_id");--> statement-breakpoint
CREATE INDEX "help_requests_team_idx" ON "help_requests" USING btree ("team_id","registration_id");--> statement-breakpoint
CREATE INDEX "help_requests_organisation_idx" ON "help_requests" USING btree ("organisation_account_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "organisation_accounts_organization_idx" ON "organisation_accounts" USING btree ("municipality_id","organization_id");