-- Name searches of 3 or more characters: in a UTF-8 database ILIKE lower-cases the name and the pattern and compares them with LIKE,
-- so the lower() of every name the trigram index finds was most of a search's cost (counts under "fraud", ~10% of 100,000 cards: 18 ms,
-- of which LIKE on names already lower-cased leaves 8). The lower-cased name is kept here, computed by the database with the same
-- lower() ILIKE calls, and has its own trigram index; for terms whose lower-case JavaScript knows exactly (ASCII other than I, see
-- lib/server/model-cards/card-query.ts) the hub asks "nameLower" LIKE '%term%', which finds what "name" ILIKE '%term%' finds.
-- Other terms keep ILIKE on "name" and ModelCard_name_trgm_idx. Names never change, so the column is computed once per card.

-- AlterTable
ALTER TABLE "ModelCard" ADD COLUMN "nameLower" TEXT NOT NULL GENERATED ALWAYS AS (lower("name")) STORED;

-- CreateIndex
CREATE INDEX "ModelCard_nameLower_trgm_idx" ON "ModelCard" USING GIN ("nameLower" gin_trgm_ops);
