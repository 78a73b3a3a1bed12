-- A card update refreshes what the card documented before only when its link moved: a new version or a status change keeps the link,
-- and refreshing the same rows twice made every save pay for two refreshes.
CREATE OR REPLACE FUNCTION "cardinal_inventory_card_changed"() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  moved boolean := false;
BEGIN
  IF TG_OP = 'UPDATE' THEN
    moved := OLD."modelPackageArn" IS DISTINCT FROM NEW."modelPackageArn" OR OLD."modelId" IS DISTINCT FROM NEW."modelId";
  END IF;
  IF TG_OP = 'DELETE' OR moved THEN
    PERFORM "cardinal_inventory_refresh"(
      "cardinal_inventory_packages_of"(OLD."modelPackageArn", "cardinal_inventory_prefix"(':model-package/')),
      "cardinal_inventory_models_of"(OLD."modelId", "cardinal_inventory_prefix"(':model/')),
      ARRAY[OLD."id"]);
  END IF;
  IF TG_OP = 'DELETE' THEN
    RETURN OLD;
  END IF;
  PERFORM "cardinal_inventory_refresh"('{}', '{}', ARRAY[NEW."id"]);
  RETURN NEW;
END
$$;
