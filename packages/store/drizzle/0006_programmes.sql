CREATE TABLE "flags" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"trajectory_id" uuid NOT NULL,
	"seq" integer,
	"source" text NOT NULL,
	"code" text NOT NULL,
	"message" jsonb NOT NULL,
	"detail" jsonb,
	"raised_at" timestamp with time zone NOT NULL,
	"acknowledged_at" timestamp with time zone,
	"acknowledged_by" uuid,
	"acknowledge_note" text
);
--> statement-breakpoint
CREATE TABLE "group_attendance" (
	"meeting_id" uuid NOT NULL,
	"trajectory_id" uuid NOT NULL,
	"school_id" uuid NOT NULL,
	"present" jsonb NOT NULL,
	CONSTRAINT "group_attendance_meeting_id_trajectory_id_pk" PRIMARY KEY("meeting_id","trajectory_id")
);
--> statement-breakpoint
CREATE TABLE "group_leads" (
	"group_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "group_leads_group_id_user_id_pk" PRIMARY KEY("group_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "group_meetings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"group_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"held_on" text NOT NULL,
	"data" jsonb,
	"recorded_at" timestamp with time zone NOT NULL,
	"recorded_by" uuid,
	"idempotency_key" text
);
--> statement-breakpoint
CREATE TABLE "group_members" (
	"group_id" uuid NOT NULL,
	"trajectory_id" uuid NOT NULL,
	"school_id" uuid NOT NULL,
	"joined_at" timestamp with time zone NOT NULL,
	"joined_by" uuid,
	CONSTRAINT "group_members_group_id_trajectory_id_pk" PRIMARY KEY("group_id","trajectory_id")
);
--> statement-breakpoint
CREATE TABLE "groups" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"type_id" text NOT NULL,
	"name" text NOT NULL,
	"programme_year" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" uuid,
	"closed_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "signoffs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"trajectory_id" uuid NOT NULL,
	"key" text NOT NULL,
	"name" text NOT NULL,
	"role" text NOT NULL,
	"email" text,
	"method" text NOT NULL,
	"token_hash" text,
	"expires_at" timestamp with time zone,
	"requested_at" timestamp with time zone NOT NULL,
	"requested_by" uuid,
	"signed_at" timestamp with time zone,
	"signed_on" text,
	"revoked_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "trajectories" ADD COLUMN "subject" text DEFAULT 'school' NOT NULL;--> statement-breakpoint
ALTER TABLE "trajectories" ADD COLUMN "label" text;--> statement-breakpoint
ALTER TABLE "trajectories" ADD COLUMN "open_flags" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "flags" ADD CONSTRAINT "flags_trajectory_id_trajectories_id_fk" FOREIGN KEY ("trajectory_id") REFERENCES "public"."trajectories"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "flags" ADD CONSTRAINT "flags_acknowledged_by_users_id_fk" FOREIGN KEY ("acknowledged_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "group_attendance" ADD CONSTRAINT "group_attendance_meeting_id_group_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."group_meetings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "group_attendance" ADD CONSTRAINT "group_attendance_trajectory_id_trajectories_id_fk" FOREIGN KEY ("trajectory_id") REFERENCES "public"."trajectories"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "group_attendance" ADD CONSTRAINT "group_attendance_school_id_organisations_id_fk" FOREIGN KEY ("school_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "group_leads" ADD CONSTRAINT "group_leads_group_id_groups_id_fk" FOREIGN KEY ("group_id") REFERENCES "public"."groups"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "group_leads" ADD CONSTRAINT "group_leads_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "group_meetings" ADD CONSTRAINT "group_meetings_group_id_groups_id_fk" FOREIGN KEY ("group_id") REFERENCES "public"."groups"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "group_meetings" ADD CONSTRAINT "group_meetings_recorded_by_users_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "group_members" ADD CONSTRAINT "group_members_group_id_groups_id_fk" FOREIGN KEY ("group_id") REFERENCES "public"."groups"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "group_members" ADD CONSTRAINT "group_members_trajectory_id_trajectories_id_fk" FOREIGN KEY ("trajectory_id") REFERENCES "public"."trajectories"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "group_members" ADD CONSTRAINT "group_members_school_id_organisations_id_fk" FOREIGN KEY ("school_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "group_members" ADD CONSTRAINT "group_members_joined_by_users_id_fk" FOREIGN KEY ("joined_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "groups" ADD CONSTRAINT "groups_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "signoffs" ADD CONSTRAINT "signoffs_trajectory_id_trajectories_id_fk" FOREIGN KEY ("trajectory_id") REFERENCES "public"."trajectories"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "signoffs" ADD CONSTRAINT "signoffs_requested_by_users_id_fk" FOREIGN KEY ("requested_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "flags_trajectory_idx" ON "flags" USING btree ("trajectory_id","raised_at");--> statement-breakpoint
CREATE INDEX "flags_open_idx" ON "flags" USING btree ("trajectory_id") WHERE acknowledged_at is null;--> statement-breakpoint
CREATE INDEX "group_meetings_group_idx" ON "group_meetings" USING btree ("group_id","held_on");--> statement-breakpoint
CREATE UNIQUE INDEX "group_meetings_idempotency_idx" ON "group_meetings" USING btree ("group_id","idempotency_key");--> statement-breakpoint
CREATE UNIQUE INDEX "group_members_trajectory_idx" ON "group_members" USING btree ("trajectory_id");--> statement-breakpoint
CREATE INDEX "groups_type_year_idx" ON "groups" USING btree ("type_id","programme_year");--> statement-breakpoint
CREATE INDEX "signoffs_trajectory_idx" ON "signoffs" USING btree ("trajectory_id");--> statement-breakpoint
CREATE UNIQUE INDEX "signoffs_token_idx" ON "signoffs" USING btree ("token_hash");