-- Name searches of 1 or 2 characters hold no trigram, so ModelCard_name_trgm_idx cannot serve them: the hub reads this index of every
-- character and pair of characters in the lower-cased name instead (which codes it asks for, and when it still checks ILIKE:
-- lib/server/model-cards/card-query.ts). A character is its code point, every one beyond ASCII sharing 127 with DEL; a pair is
-- 128 × first + second. Two bytes a gram keep the column to about 120 bytes a card, where text would take 420. Names never change, so
-- the column is computed once per card.
CREATE FUNCTION "cardinal_name_grams"(name text) RETURNS smallint[]
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
  WITH chars AS (
    SELECT at, least(ascii(c), 127) AS code FROM unnest(string_to_array(lower(name), NULL)) WITH ORDINALITY AS t(c, at)
  )
  SELECT ARRAY(SELECT code::smallint FROM chars UNION SELECT (a.code * 128 + b.code)::smallint FROM chars a JOIN chars b ON b.at = a.at + 1)
$$;

-- AlterTable
ALTER TABLE "ModelCard" ADD COLUMN "nameGrams" SMALLINT[] GENERATED ALWAYS AS ("cardinal_name_grams"("name")) STORED;

-- CreateIndex
CREATE INDEX "ModelCard_nameGrams_idx" ON "ModelCard" USING GIN ("nameGrams");
