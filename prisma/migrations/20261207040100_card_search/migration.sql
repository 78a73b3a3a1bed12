-- The hub's counts under a name search alone (no owner or date filter) read this narrow copy of each card's lower-cased name, status
-- and risk instead of the card table: a dense term ("fraud", ~10% of 100,000 cards) finds its cards on about 1,400 of this table's
-- pages against 5,000 of "ModelCard"'s (its rows are four times wider), 10.6 → 4.1 ms on PostgreSQL. A trigger keeps it in the same
-- transaction as every card insert and every change of name, status or risk; deleting a card deletes its row.

-- CreateTable
CREATE TABLE "CardSearch" (
    "cardId" TEXT NOT NULL,
    "nameLower" TEXT NOT NULL,
    "status" "CardStatus" NOT NULL,
    "riskRating" "RiskRating" NOT NULL,

    CONSTRAINT "CardSearch_pkey" PRIMARY KEY ("cardId")
);

-- CreateIndex
CREATE INDEX "CardSearch_nameLower_trgm_idx" ON "CardSearch" USING GIN ("nameLower" gin_trgm_ops);

-- AddForeignKey
ALTER TABLE "CardSearch" ADD CONSTRAINT "CardSearch_cardId_fkey" FOREIGN KEY ("cardId") REFERENCES "ModelCard"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- An AFTER trigger sees the generated "nameLower".
CREATE FUNCTION "cardinal_card_search_sync"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "CardSearch" ("cardId", "nameLower", "status", "riskRating")
  VALUES (NEW."id", NEW."nameLower", NEW."status", NEW."riskRating")
  ON CONFLICT ("cardId") DO UPDATE SET "nameLower" = EXCLUDED."nameLower", "status" = EXCLUDED."status", "riskRating" = EXCLUDED."riskRating";
  RETURN NULL;
END
$$;

CREATE TRIGGER "cardinal_card_search_sync" AFTER INSERT OR UPDATE OF "name", "status", "riskRating" ON "ModelCard"
FOR EACH ROW EXECUTE FUNCTION "cardinal_card_search_sync"();

-- Loads that skip triggers (seed:bulk) call this afterwards; it is also the backfill of the cards already there.
CREATE FUNCTION "cardinal_card_search_rebuild"() RETURNS void LANGUAGE sql AS $$
  INSERT INTO "CardSearch" ("cardId", "nameLower", "status", "riskRating")
  SELECT "id", "nameLower", "status", "riskRating" FROM "ModelCard"
  ON CONFLICT ("cardId") DO UPDATE SET "nameLower" = EXCLUDED."nameLower", "status" = EXCLUDED."status", "riskRating" = EXCLUDED."riskRating";
$$;

SELECT "cardinal_card_search_rebuild"();
