CREATE TABLE "step_dues" (
	"trajectory_id" uuid NOT NULL,
	"step" text NOT NULL,
	"type_id" text NOT NULL,
	"type_version" integer NOT NULL,
	"due_at" timestamp with time zone NOT NULL,
	CONSTRAINT "step_dues_trajectory_id_step_pk" PRIMARY KEY("trajectory_id","step")
);
--> statement-breakpoint
CREATE TABLE "type_counts" (
	"type_id" text NOT NULL,
	"type_version" integer NOT NULL,
	"kind" text NOT NULL,
	"name" text NOT NULL,
	"count" integer NOT NULL,
	CONSTRAINT "type_counts_type_id_type_version_kind_name_pk" PRIMARY KEY("type_id","type_version","kind","name")
);
--> statement-breakpoint
DROP INDEX "trajectories_steps_idx";--> statement-breakpoint
CREATE INDEX "step_dues_due_idx" ON "step_dues" USING btree ("type_id","due_at","type_version","step");--> statement-breakpoint
COMMENT ON TABLE "type_counts" IS 'derived: kept by triggers on trajectories; left out of backups';--> statement-breakpoint
COMMENT ON TABLE "step_dues" IS 'derived: kept by triggers on trajectories; left out of backups';--> statement-breakpoint
-- Inserts and deletes are counted once per statement: a restore inserts thousands of trajectories in one
-- transaction, and one upsert per row would rewrite the same counter row thousands of times. Counter rows are
-- written in key order, so transactions that touch the same counters take their row locks in the same order.
CREATE FUNCTION "overview_counts_added"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "type_counts" AS c ("type_id", "type_version", "kind", "name", "count")
  SELECT d.type_id, d.type_version, d.kind, d.name, d.n FROM (
    SELECT r.type_id, r.type_version, 'step' AS kind, s AS name, count(*)::integer AS n FROM new_rows r CROSS JOIN LATERAL unnest(r.steps) s GROUP BY 1, 2, 4
    UNION ALL SELECT r.type_id, r.type_version, 'status', r.status, count(*)::integer FROM new_rows r GROUP BY 1, 2, 4
  ) d ORDER BY 1, 2, 3, 4
  ON CONFLICT ("type_id", "type_version", "kind", "name") DO UPDATE SET "count" = c."count" + excluded."count";
  INSERT INTO "step_dues" ("trajectory_id", "step", "type_id", "type_version", "due_at")
  SELECT r.id, s.step, r.type_id, r.type_version, s.due FROM new_rows r CROSS JOIN LATERAL unnest(r.steps, r.steps_due_at) s(step, due)
  WHERE s.due IS NOT NULL;
  RETURN NULL;
END $$;--> statement-breakpoint
CREATE FUNCTION "overview_counts_removed"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "type_counts" AS c SET "count" = c."count" - d.n FROM (
    SELECT r.type_id, r.type_version, 'step' AS kind, s AS name, count(*)::integer AS n FROM old_rows r CROSS JOIN LATERAL unnest(r.steps) s GROUP BY 1, 2, 4
    UNION ALL SELECT r.type_id, r.type_version, 'status', r.status, count(*)::integer FROM old_rows r GROUP BY 1, 2, 4
  ) d WHERE c.type_id = d.type_id AND c.type_version = d.type_version AND c.kind = d.kind AND c.name = d.name;
  DELETE FROM "step_dues" WHERE "trajectory_id" IN (SELECT id FROM old_rows);
  RETURN NULL;
END $$;--> statement-breakpoint
-- An event moves one trajectory: its old place counts one less, its new place one more (what nets to zero, as
-- when a step is entered again, is not written), and its steps' due times are replaced.
CREATE FUNCTION "overview_counts_moved"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF OLD.type_id IS DISTINCT FROM NEW.type_id OR OLD.type_version IS DISTINCT FROM NEW.type_version
    OR OLD.status IS DISTINCT FROM NEW.status OR OLD.steps IS DISTINCT FROM NEW.steps THEN
    INSERT INTO "type_counts" AS c ("type_id", "type_version", "kind", "name", "count")
    SELECT d.type_id, d.type_version, d.kind, d.name, sum(d.delta)::integer FROM (
      SELECT OLD.type_id, OLD.type_version, 'step' AS kind, s AS name, -1 AS delta FROM unnest(OLD.steps) s
      UNION ALL SELECT OLD.type_id, OLD.type_version, 'status', OLD.status, -1
      UNION ALL SELECT NEW.type_id, NEW.type_version, 'step', s, 1 FROM unnest(NEW.steps) s
      UNION ALL SELECT NEW.type_id, NEW.type_version, 'status', NEW.status, 1
    ) d
    GROUP BY d.type_id, d.type_version, d.kind, d.name HAVING sum(d.delta) <> 0
    ORDER BY d.type_id, d.type_version, d.kind, d.name
    ON CONFLICT ("type_id", "type_version", "kind", "name") DO UPDATE SET "count" = c."count" + excluded."count";
  END IF;
  DELETE FROM "step_dues" d WHERE d.trajectory_id = OLD.id
    AND NOT EXISTS (SELECT 1 FROM unnest(NEW.steps, NEW.steps_due_at) s(step, due) WHERE s.step = d.step AND s.due IS NOT NULL);
  INSERT INTO "step_dues" ("trajectory_id", "step", "type_id", "type_version", "due_at")
  SELECT NEW.id, s.step, NEW.type_id, NEW.type_version, s.due FROM unnest(NEW.steps, NEW.steps_due_at) s(step, due) WHERE s.due IS NOT NULL
  ON CONFLICT ("trajectory_id", "step") DO UPDATE SET "due_at" = excluded.due_at, "type_id" = excluded.type_id, "type_version" = excluded.type_version
  WHERE (step_dues.due_at, step_dues.type_id, step_dues.type_version) IS DISTINCT FROM (excluded.due_at, excluded.type_id, excluded.type_version);
  RETURN NULL;
END $$;--> statement-breakpoint
CREATE FUNCTION "overview_counts_emptied"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM "type_counts";
  DELETE FROM "step_dues";
  RETURN NULL;
END $$;--> statement-breakpoint
CREATE TRIGGER "trajectories_counts_insert" AFTER INSERT ON "trajectories"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "overview_counts_added"();--> statement-breakpoint
CREATE TRIGGER "trajectories_counts_delete" AFTER DELETE ON "trajectories"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "overview_counts_removed"();--> statement-breakpoint
CREATE TRIGGER "trajectories_counts_update" AFTER UPDATE OF "type_id", "type_version", "status", "steps", "steps_due_at" ON "trajectories"
  FOR EACH ROW WHEN (OLD.type_id IS DISTINCT FROM NEW.type_id OR OLD.type_version IS DISTINCT FROM NEW.type_version
    OR OLD.status IS DISTINCT FROM NEW.status OR OLD.steps IS DISTINCT FROM NEW.steps OR OLD.steps_due_at IS DISTINCT FROM NEW.steps_due_at)
  EXECUTE FUNCTION "overview_counts_moved"();--> statement-breakpoint
CREATE TRIGGER "trajectories_counts_truncate" AFTER TRUNCATE ON "trajectories"
  FOR EACH STATEMENT EXECUTE FUNCTION "overview_counts_emptied"();--> statement-breakpoint
INSERT INTO "type_counts" ("type_id", "type_version", "kind", "name", "count")
  SELECT type_id, type_version, 'step', s, count(*)::integer FROM trajectories CROSS JOIN LATERAL unnest(steps) s GROUP BY 1, 2, 4
  UNION ALL SELECT type_id, type_version, 'status', status, count(*)::integer FROM trajectories GROUP BY 1, 2, 4;--> statement-breakpoint
INSERT INTO "step_dues" ("trajectory_id", "step", "type_id", "type_version", "due_at")
  SELECT t.id, s.step, t.type_id, t.type_version, s.due FROM trajectories t CROSS JOIN LATERAL unnest(t.steps, t.steps_due_at) s(step, due)
  WHERE s.due IS NOT NULL;
--> statement-breakpoint
-- Every event rewrites its trajectory's due times here: vacuum often, so the overdue count stays an index-only scan.
ALTER TABLE "step_dues" SET (autovacuum_vacuum_scale_factor = 0.02, autovacuum_vacuum_insert_scale_factor = 0.02);
