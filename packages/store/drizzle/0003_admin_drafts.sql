CREATE TABLE "type_drafts" (
	"type_id" text PRIMARY KEY NOT NULL,
	"based_on" integer,
	"definition" json NOT NULL,
	"forms" json NOT NULL,
	"revision" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" uuid,
	"updated_at" timestamp with time zone NOT NULL,
	"updated_by" uuid
);
--> statement-breakpoint
ALTER TABLE "organisations" ADD COLUMN "region" text;--> statement-breakpoint
ALTER TABLE "type_versions" ADD COLUMN "note" text;--> statement-breakpoint
ALTER TABLE "type_drafts" ADD CONSTRAINT "type_drafts_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "type_drafts" ADD CONSTRAINT "type_drafts_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;