-- Keyset pagination of the hub: each sort key is indexed with id as the tie-breaker; a status filter
-- sorts by last modified. A card name never changes, whoever writes the UPDATE.

-- DropIndex
DROP INDEX "ModelCard_createdAt_idx";

-- DropIndex
DROP INDEX "ModelCard_status_idx";

-- DropIndex
DROP INDEX "ModelCard_updatedAt_idx";

-- CreateIndex
CREATE INDEX "ModelCard_status_updatedAt_id_idx" ON "ModelCard"("status", "updatedAt", "id");

-- CreateIndex
CREATE INDEX "ModelCard_createdAt_id_idx" ON "ModelCard"("createdAt", "id");

-- CreateIndex
CREATE INDEX "ModelCard_updatedAt_id_idx" ON "ModelCard"("updatedAt", "id");


CREATE FUNCTION "cardinal_refuse_card_rename"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'a model card name never changes: % cannot become %', OLD."name", NEW."name"
    USING ERRCODE = 'integrity_constraint_violation';
END
$$;

CREATE TRIGGER "ModelCard_name_immutable" BEFORE UPDATE OF "name" ON "ModelCard"
  FOR EACH ROW WHEN (OLD."name" IS DISTINCT FROM NEW."name") EXECUTE FUNCTION "cardinal_refuse_card_rename"();
