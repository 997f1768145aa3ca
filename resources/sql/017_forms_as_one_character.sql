-- Schema 17: a word's forms are stored as terms FTS5 counts as one character
-- (docs/inbox.md, "How search reads Indonesian").
--
-- FTS5 writes every term of the index again into each prefix index (`prefix = '2 3'`,
-- for type-ahead), cut to its first two and first three characters. The forms, "^belum"
-- and "~baik", went there too, where no query reads them: an eighth of the index's
-- size and a tenth to a sixth of the time its build took. The "lapor" tokenizer now
-- writes a form as a marker byte that opens a UTF-8 sequence and the word as bytes that
-- continue it (app/store/searchtokenizer.cpp): one character, shorter than any prefix
-- the index keeps. A query asks for "^word" and "~stem" as before; the tokenizer writes
-- them the same way.
--
-- The rows already indexed hold the forms as they were written before, which neither a
-- query nor the removal of a row would find any more. So the index starts again empty,
-- as at schemas 13 and 14, and Database::open builds every case's row a chunk at a time,
-- with progress, before the store is used (or the end of a first sync under way does).
INSERT INTO case_search (case_search) VALUES ('delete-all');
DELETE FROM search_pending;
UPDATE search_mode SET unbuilt = 1 WHERE EXISTS (SELECT 1 FROM cases);
