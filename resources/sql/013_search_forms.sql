-- Schema 13: search reads Indonesian as citizens write it (docs/inbox.md, "How search
-- reads Indonesian").
--
-- The index is read by the "lapor" tokenizer (app/store/searchtokenizer.h), registered on
-- every connection the store opens: unicode61's words as before and, at the same
-- position, the forms of each word, "^belum" for "blm" and "~baik" for "diperbaiki".
-- The rows of the old index hold none of them, so the index starts again empty and every
-- case is noted as unbuilt: Database::open builds the rows a chunk at a time, with
-- progress, before the store is used (or the end of the first sync does, when one is
-- under way), exactly as the end of a first sync builds them.
DROP TABLE case_search;

CREATE VIRTUAL TABLE case_search USING fts5(
    title, content, followups,
    tokenize = 'lapor remove_diacritics 2',
    prefix = '2 3'
);

DELETE FROM search_pending;
UPDATE search_mode SET unbuilt = 1 WHERE EXISTS (SELECT 1 FROM cases);
