-- The hub's name search reads trigrams (ModelCard_name_trgm_idx below); PGlite loads the extension at every open (lib/server/db/connection.ts).
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- CreateTable
CREATE TABLE "CardCount" (
    "status" "CardStatus" NOT NULL,
    "riskRating" "RiskRating" NOT NULL,
    "cards" INTEGER NOT NULL,

    CONSTRAINT "CardCount_pkey" PRIMARY KEY ("status","riskRating")
);

-- CreateIndex
CREATE INDEX "ModelCard_name_trgm_idx" ON "ModelCard" USING GIN ("name" gin_trgm_ops);

-- Adds one card's change to the counts. The trigger is deferred to the commit, where a transaction-scoped advisory lock makes
-- committing writers take turns: a writer holding count rows waits for nothing else (its other locks are all taken by then), so
-- writers moving cards in opposite directions cannot deadlock, and each adds its delta to the committed row, never to a stale copy.
-- Every card change also takes the audit chain's lock until commit, so this costs no parallelism the writers had.
CREATE FUNCTION "cardinal_card_count_changed"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'UPDATE' AND OLD."status" = NEW."status" AND OLD."riskRating" = NEW."riskRating" THEN
    RETURN NULL;
  END IF;
  PERFORM pg_advisory_xact_lock(727073694);
  IF TG_OP <> 'INSERT' THEN
    INSERT INTO "CardCount" ("status", "riskRating", "cards") VALUES (OLD."status", OLD."riskRating", -1)
    ON CONFLICT ("status", "riskRating") DO UPDATE SET "cards" = "CardCount"."cards" - 1;
  END IF;
  IF TG_OP <> 'DELETE' THEN
    INSERT INTO "CardCount" ("status", "riskRating", "cards") VALUES (NEW."status", NEW."riskRating", 1)
    ON CONFLICT ("status", "riskRating") DO UPDATE SET "cards" = "CardCount"."cards" + 1;
  END IF;
  RETURN NULL;
END
$$;

-- Counts the cards again: this migration starts the counts with it, and a bulk load that skips triggers (scripts/seed-bulk.ts runs
-- with session_replication_role = replica) calls it afterwards. SHARE MODE waits for the card writers under way, whose changes reach
-- the counts at their commit, and holds off new ones until this transaction ends.
CREATE FUNCTION "cardinal_card_count_rebuild"() RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
  LOCK TABLE "ModelCard" IN SHARE MODE;
  PERFORM pg_advisory_xact_lock(727073694);
  DELETE FROM "CardCount";
  INSERT INTO "CardCount" ("status", "riskRating", "cards")
  SELECT "status", "riskRating", count(*)::int FROM "ModelCard" GROUP BY 1, 2;
END
$$;

CREATE CONSTRAINT TRIGGER "ModelCard_counts" AFTER INSERT OR DELETE OR UPDATE OF "status", "riskRating" ON "ModelCard"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "cardinal_card_count_changed"();

SELECT "cardinal_card_count_rebuild"();
