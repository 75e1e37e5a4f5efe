CREATE TABLE "offer_availability" (
	"organisation_account_id" uuid NOT NULL,
	"service_id" text NOT NULL,
	"taking_requests" boolean NOT NULL,
	"waiting_days" integer,
	"updated_at" timestamp with time zone NOT NULL,
	"updated_by" uuid,
	CONSTRAINT "offer_availability_organisation_account_id_service_id_pk" PRIMARY KEY("organisation_account_id","service_id")
);
--> statement-breakpoint
ALTER TABLE "offer_availability" ADD CONSTRAINT "offer_availability_organisation_account_id_organisation_accounts_id_fk" FOREIGN KEY ("organisation_account_id") REFERENCES "public"."organisation_accounts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "offer_availability" ADD CONSTRAINT "offer_availability_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;