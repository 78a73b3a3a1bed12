-- CreateTable
CREATE TABLE "InventoryRow" (
    "key" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "subject" TEXT,
    "groupName" TEXT,
    "packageVersion" INTEGER,
    "packageId" TEXT,
    "modelId" TEXT,
    "approval" TEXT,
    "cardId" TEXT,
    "cardName" TEXT,
    "cardStatus" TEXT,
    "risk" TEXT,
    "ownerId" TEXT,
    "latestVersion" INTEGER,
    "lastApprovedAt" TIMESTAMP(3),
    "lastApprovedById" TEXT,
    "packageApprovedCardNot" BOOLEAN NOT NULL,
    "cardChangedSinceApproval" BOOLEAN NOT NULL,
    "cardNeverApproved" BOOLEAN NOT NULL,
    "noCard" BOOLEAN NOT NULL,
    "packageMissing" BOOLEAN NOT NULL,

    CONSTRAINT "InventoryRow_pkey" PRIMARY KEY ("key")
);

-- The package ids an ARN names under this server's package prefix ("arn:…:model-package/"): at most one, found through the
-- (groupName, version) index; the version is cast only once the text is known to be digits.
CREATE FUNCTION "cardinal_inventory_packages_of"(arn text, pkg_prefix text) RETURNS text[]
LANGUAGE sql STABLE AS $$
  SELECT ARRAY(
    SELECT p."id" FROM "ModelPackage" p
    WHERE starts_with(arn, pkg_prefix)
      AND p."groupName" = split_part(substr(arn, length(pkg_prefix) + 1), '/', 1)
      AND p."version" = CASE WHEN substr(arn, length(pkg_prefix) + 1) ~ '^[^/]+/[0-9]{1,9}$' THEN split_part(substr(arn, length(pkg_prefix) + 1), '/', 2)::int END
      AND arn = pkg_prefix || p."groupName" || '/' || p."version"::text)
$$;

-- The registered model ids a model ARN names under this server's model prefix ("arn:…:model/").
CREATE FUNCTION "cardinal_inventory_models_of"(arn text, mdl_prefix text) RETURNS text[]
LANGUAGE sql STABLE AS $$
  SELECT ARRAY(
    SELECT m."id" FROM "RegisteredModel" m
    WHERE starts_with(arn, mdl_prefix) AND m."nameLower" = substr(arn, length(mdl_prefix) + 1))
$$;

-- Recomputes the inventory rows of these packages, models and cards, and of everything linked to them (a package's card, a card's
-- package or model): a row per package version and model with the card that documents it, a row per card that documents neither.
-- Without "inventory.arnBase" the table has not been built for this server's ARNs; the first read builds it whole.
CREATE FUNCTION "cardinal_inventory_refresh"(package_ids text[], model_ids text[], card_ids text[], expand boolean DEFAULT true) RETURNS void
LANGUAGE plpgsql AS $$
DECLARE
  base text;
  pkg_prefix text;
  mdl_prefix text;
BEGIN
  -- A rebuild locks the table EXCLUSIVE: a change waits for it, and the rebuild waits for changes under way.
  LOCK TABLE "InventoryRow" IN ROW EXCLUSIVE MODE;
  SELECT "value" INTO base FROM "Setting" WHERE "key" = 'inventory.arnBase';
  IF base IS NULL THEN
    RETURN;
  END IF;
  pkg_prefix := base || ':model-package/';
  mdl_prefix := base || ':model/';
  IF expand THEN
    card_ids := card_ids
      || ARRAY(SELECT c."id" FROM "ModelPackage" p JOIN "ModelCard" c ON c."modelPackageArn" = pkg_prefix || p."groupName" || '/' || p."version"::text WHERE p."id" = ANY(package_ids))
      || ARRAY(SELECT c."id" FROM "RegisteredModel" m JOIN "ModelCard" c ON c."modelId" = mdl_prefix || m."nameLower" WHERE m."id" = ANY(model_ids));
    package_ids := package_ids || ARRAY(SELECT unnest("cardinal_inventory_packages_of"(c."modelPackageArn", pkg_prefix)) FROM "ModelCard" c WHERE c."id" = ANY(card_ids));
    model_ids := model_ids || ARRAY(SELECT unnest("cardinal_inventory_models_of"(c."modelId", mdl_prefix)) FROM "ModelCard" c WHERE c."id" = ANY(card_ids));
  END IF;

  DELETE FROM "InventoryRow" WHERE "key" = ANY(
    ARRAY(SELECT 'p:' || id FROM unnest(package_ids) AS id) || ARRAY(SELECT 'm:' || id FROM unnest(model_ids) AS id) || ARRAY(SELECT 'c:' || id FROM unnest(card_ids) AS id));

  INSERT INTO "InventoryRow" ("key", "kind", "name", "subject", "groupName", "packageVersion", "packageId", "modelId", "approval", "cardId", "cardName",
    "cardStatus", "risk", "ownerId", "latestVersion", "lastApprovedAt", "lastApprovedById",
    "packageApprovedCardNot", "cardChangedSinceApproval", "cardNeverApproved", "noCard", "packageMissing")
  SELECT 'p:' || p."id", 'package', p."groupName" || '/' || p."version"::text, pkg_prefix || p."groupName" || '/' || p."version"::text, p."groupName", p."version",
    p."id", NULL, p."approvalStatus"::text, c."id", c."name", c."status"::text, c."riskRating"::text, c."ownerId", c."latestVersion", la."at", la."actorId",
    (p."approvalStatus" = 'Approved' AND c."id" IS NOT NULL AND c."status" <> 'Approved'),
    (p."approvalStatus" = 'Approved' AND COALESCE(pa."toStatus" = 'Approved' AND (c."id" IS NULL OR pa."cardId" IS DISTINCT FROM c."id"
      OR pa."cardVersion" IS DISTINCT FROM c."latestVersion" OR pa."cardContentHash" IS DISTINCT FROM v."contentHash"), false)),
    (c."id" IS NOT NULL AND la."at" IS NULL),
    (c."id" IS NULL),
    false
  FROM "ModelPackage" p
  LEFT JOIN "ModelCard" c ON c."modelPackageArn" = pkg_prefix || p."groupName" || '/' || p."version"::text
  LEFT JOIN "ModelCardVersion" v ON v."cardId" = c."id" AND v."version" = c."latestVersion"
  LEFT JOIN LATERAL (SELECT sc."createdAt" AS "at", sc."actorId" FROM "CardStatusChange" sc WHERE sc."cardId" = c."id" AND sc."toStatus" = 'Approved'
    ORDER BY sc."createdAt" DESC, sc."id" DESC LIMIT 1) la ON true
  LEFT JOIN LATERAL (SELECT a."toStatus", a."cardId", a."cardVersion", a."cardContentHash" FROM "ModelPackageApproval" a WHERE a."packageId" = p."id"
    ORDER BY a."createdAt" DESC, a."id" DESC LIMIT 1) pa ON true
  WHERE p."id" = ANY(package_ids)
  UNION ALL
  SELECT 'm:' || m."id", 'model', m."name", mdl_prefix || m."nameLower", NULL, NULL, NULL, m."id", NULL, c."id", c."name", c."status"::text, c."riskRating"::text,
    c."ownerId", c."latestVersion", la."at", la."actorId",
    false, false, (c."id" IS NOT NULL AND la."at" IS NULL), (c."id" IS NULL), false
  FROM "RegisteredModel" m
  LEFT JOIN "ModelCard" c ON c."modelId" = mdl_prefix || m."nameLower"
  LEFT JOIN LATERAL (SELECT sc."createdAt" AS "at", sc."actorId" FROM "CardStatusChange" sc WHERE sc."cardId" = c."id" AND sc."toStatus" = 'Approved'
    ORDER BY sc."createdAt" DESC, sc."id" DESC LIMIT 1) la ON true
  WHERE m."id" = ANY(model_ids)
  UNION ALL
  SELECT 'c:' || c."id", 'card', c."name", COALESCE(c."modelPackageArn", c."modelId"), NULL, NULL, NULL, NULL, NULL, c."id", c."name", c."status"::text,
    c."riskRating"::text, c."ownerId", c."latestVersion", la."at", la."actorId",
    false, false, (la."at" IS NULL), false,
    -- Only a package ARN of this server names a package that could have been deleted here.
    COALESCE(starts_with(c."modelPackageArn", pkg_prefix) AND substr(c."modelPackageArn", length(pkg_prefix) + 1) ~ '^[^/]+/[0-9]+$', false)
  FROM "ModelCard" c
  LEFT JOIN LATERAL (SELECT sc."createdAt" AS "at", sc."actorId" FROM "CardStatusChange" sc WHERE sc."cardId" = c."id" AND sc."toStatus" = 'Approved'
    ORDER BY sc."createdAt" DESC, sc."id" DESC LIMIT 1) la ON true
  WHERE c."id" = ANY(card_ids)
    AND cardinality("cardinal_inventory_packages_of"(c."modelPackageArn", pkg_prefix)) = 0
    AND cardinality("cardinal_inventory_models_of"(c."modelId", mdl_prefix)) = 0
  -- Two transactions refreshing one row: the later one writes over the earlier's committed row instead of failing on the key.
  ON CONFLICT ("key") DO UPDATE SET
    "kind" = EXCLUDED."kind", "name" = EXCLUDED."name", "subject" = EXCLUDED."subject", "groupName" = EXCLUDED."groupName",
    "packageVersion" = EXCLUDED."packageVersion", "packageId" = EXCLUDED."packageId", "modelId" = EXCLUDED."modelId", "approval" = EXCLUDED."approval",
    "cardId" = EXCLUDED."cardId", "cardName" = EXCLUDED."cardName", "cardStatus" = EXCLUDED."cardStatus", "risk" = EXCLUDED."risk",
    "ownerId" = EXCLUDED."ownerId", "latestVersion" = EXCLUDED."latestVersion", "lastApprovedAt" = EXCLUDED."lastApprovedAt",
    "lastApprovedById" = EXCLUDED."lastApprovedById", "packageApprovedCardNot" = EXCLUDED."packageApprovedCardNot",
    "cardChangedSinceApproval" = EXCLUDED."cardChangedSinceApproval", "cardNeverApproved" = EXCLUDED."cardNeverApproved",
    "noCard" = EXCLUDED."noCard", "packageMissing" = EXCLUDED."packageMissing";
END
$$;

-- The prefixes of this server's ARNs, or nulls before the table is built (the refresh then does nothing).
CREATE FUNCTION "cardinal_inventory_prefix"(kind text) RETURNS text
LANGUAGE sql STABLE AS $$
  SELECT "value" || kind FROM "Setting" WHERE "key" = 'inventory.arnBase'
$$;

CREATE FUNCTION "cardinal_inventory_package_changed"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    -- The package is gone: its card (found by the ARN it had) becomes a card that documents nothing.
    PERFORM "cardinal_inventory_refresh"(ARRAY[OLD."id"], '{}', ARRAY(SELECT c."id" FROM "ModelCard" c
      WHERE c."modelPackageArn" = "cardinal_inventory_prefix"(':model-package/') || OLD."groupName" || '/' || OLD."version"::text));
    RETURN OLD;
  END IF;
  PERFORM "cardinal_inventory_refresh"(ARRAY[NEW."id"], '{}', '{}');
  RETURN NEW;
END
$$;

CREATE FUNCTION "cardinal_inventory_model_changed"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    PERFORM "cardinal_inventory_refresh"('{}', ARRAY[OLD."id"], ARRAY(SELECT c."id" FROM "ModelCard" c
      WHERE c."modelId" = "cardinal_inventory_prefix"(':model/') || OLD."nameLower"));
    RETURN OLD;
  END IF;
  PERFORM "cardinal_inventory_refresh"('{}', ARRAY[NEW."id"], '{}');
  RETURN NEW;
END
$$;

CREATE FUNCTION "cardinal_inventory_card_changed"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP <> 'INSERT' THEN
    -- What the card documented before (it may have moved or gone) is refreshed too.
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

CREATE FUNCTION "cardinal_inventory_card_record_added"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  PERFORM "cardinal_inventory_refresh"('{}', '{}', ARRAY[NEW."cardId"]);
  RETURN NEW;
END
$$;

CREATE FUNCTION "cardinal_inventory_approval_added"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  PERFORM "cardinal_inventory_refresh"(ARRAY[NEW."packageId"], '{}', '{}');
  RETURN NEW;
END
$$;

CREATE TRIGGER "ModelPackage_inventory" AFTER INSERT OR DELETE OR UPDATE OF "approvalStatus" ON "ModelPackage"
  FOR EACH ROW EXECUTE FUNCTION "cardinal_inventory_package_changed"();
CREATE TRIGGER "RegisteredModel_inventory" AFTER INSERT OR DELETE OR UPDATE OF "name", "nameLower" ON "RegisteredModel"
  FOR EACH ROW EXECUTE FUNCTION "cardinal_inventory_model_changed"();
CREATE TRIGGER "ModelCard_inventory" AFTER INSERT OR DELETE OR UPDATE OF "status", "latestVersion", "riskRating", "modelPackageArn", "modelId", "ownerId" ON "ModelCard"
  FOR EACH ROW EXECUTE FUNCTION "cardinal_inventory_card_changed"();
CREATE TRIGGER "ModelCardVersion_inventory" AFTER INSERT ON "ModelCardVersion"
  FOR EACH ROW EXECUTE FUNCTION "cardinal_inventory_card_record_added"();
CREATE TRIGGER "CardStatusChange_inventory" AFTER INSERT ON "CardStatusChange"
  FOR EACH ROW WHEN (NEW."toStatus" = 'Approved') EXECUTE FUNCTION "cardinal_inventory_card_record_added"();
CREATE TRIGGER "ModelPackageApproval_inventory" AFTER INSERT ON "ModelPackageApproval"
  FOR EACH ROW EXECUTE FUNCTION "cardinal_inventory_approval_added"();
