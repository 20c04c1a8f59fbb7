ALTER TABLE "type_versions" ALTER COLUMN "definition" SET DATA TYPE json;--> statement-breakpoint
ALTER TABLE "type_versions" ALTER COLUMN "forms" SET DATA TYPE json;--> statement-breakpoint
ALTER TABLE "trajectories" ADD COLUMN "steps_due_at" timestamp with time zone[] NOT NULL;--> statement-breakpoint
CREATE INDEX "trajectories_steps_idx" ON "trajectories" USING btree ("type_id","type_version","school_id","steps","steps_due_at");