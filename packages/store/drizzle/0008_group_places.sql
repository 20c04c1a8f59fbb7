-- A group (cohort) is also a place: a trajectory whose type's subject is "group" hangs at an organisation row of kind
-- 'group' with the group's own id, as one at a school hangs at the school's row. Groups formed before this get theirs.
INSERT INTO "organisations" ("id", "kind", "name", "created_at")
SELECT "g"."id", 'group', "g"."name", "g"."created_at" FROM "groups" "g"
WHERE NOT EXISTS (SELECT 1 FROM "organisations" "o" WHERE "o"."id" = "g"."id");
