CREATE TABLE "offer_proposals" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"municipality_id" uuid NOT NULL,
	"organisation_account_id" uuid NOT NULL,
	"service_id" text NOT NULL,
	"base" jsonb NOT NULL,
	"proposed" jsonb NOT NULL,
	"state" text NOT NULL,
	"reason" text,
	"proposed_by" uuid,
	"proposed_at" timestamp with time zone NOT NULL,
	"decided_by" uuid,
	"decided_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "offer_proposals" ADD CONSTRAINT "offer_proposals_municipality_id_municipalities_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipalities"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "offer_proposals" ADD CONSTRAINT "offer_proposals_organisation_account_id_organisation_accounts_id_fk" FOREIGN KEY ("organisation_account_id") REFERENCES "public"."organisation_accounts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "offer_proposals" ADD CONSTRAINT "offer_proposals_proposed_by_users_id_fk" FOREIGN KEY ("proposed_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "offer_proposals" ADD CONSTRAINT "offer_proposals_decided_by_users_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "offer_proposals_municipality_idx" ON "offer_proposals" USING btree ("municipality_id","state");--> statement-breakpoint
CREATE INDEX "offer_proposals_organisation_idx" ON "offer_proposals" USING btree ("organisation_account_id","proposed_at");