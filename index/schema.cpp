#include "index/schema.h"

#include "index/filter_terms.h"
#include "index/tokenizer.h"

// The migration text records the tokenizer version as a literal.
#define TOKENIZER_VERSION "4"
static_assert(dossier::Tokenizer::kTokenizerVersion == 4, "update TOKENIZER_VERSION");
// Migration 10 joins a document's org ids with char(31), as DocumentOrgIdsSql
// does (a migration is fixed text, so it spells the subquery out).
static_assert(dossier::kOrgSeparator == 31, "update migration 10's group_concat separator");

namespace dossier {

const std::vector<std::string_view>& SchemaMigrations() {
  static const std::vector<std::string_view> migrations = {
      // 1: documents, segments, facts.
      R"sql(
CREATE TABLE documents (
  id           INTEGER PRIMARY KEY,
  path         TEXT NOT NULL,              -- absolute path of the file it came from
  title        TEXT NOT NULL DEFAULT '',
  date         TEXT NOT NULL DEFAULT '',   -- ISO 8601, may be partial; '' unknown
  date_source  TEXT NOT NULL DEFAULT '',
  kind         TEXT NOT NULL DEFAULT '',
  source       TEXT NOT NULL DEFAULT '',
  author       TEXT NOT NULL DEFAULT '',
  format       TEXT NOT NULL DEFAULT '',
  encoding     TEXT NOT NULL DEFAULT '',
  langs        TEXT NOT NULL DEFAULT '',   -- comma-separated tags in order of appearance
  content_hash TEXT NOT NULL UNIQUE,       -- SHA-256 of text
  text         TEXT NOT NULL,              -- normalised text; all offsets point into it
  added_at     TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ','now'))
);
CREATE INDEX documents_path ON documents(path);
CREATE INDEX documents_date ON documents(date);

CREATE TABLE segments (
  id        INTEGER PRIMARY KEY,
  doc_id    INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  ord       INTEGER NOT NULL,              -- 0-based position in the document
  kind      TEXT NOT NULL,                 -- title, heading, paragraph
  lang      TEXT NOT NULL,
  start     INTEGER NOT NULL,              -- byte offsets into documents.text
  end       INTEGER NOT NULL,
  sentences TEXT NOT NULL DEFAULT '[]',    -- JSON [[start,end],...], absolute offsets
  UNIQUE (doc_id, ord)
);

CREATE TABLE facts (
  id          INTEGER PRIMARY KEY,
  doc_id      INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  segment_ord INTEGER,                     -- segment holding start, if any
  type        TEXT NOT NULL,               -- figure, date, org, commitment
  start       INTEGER NOT NULL,
  end         INTEGER NOT NULL,
  text        TEXT NOT NULL,
  lang        TEXT NOT NULL,
  value_num   REAL,                        -- figure value
  value_text  TEXT,                        -- date value, org id, commitment strength
  unit        TEXT,                        -- figure unit
  attrs       TEXT NOT NULL DEFAULT '{}'   -- the contract's type-specific fields, JSON
);
CREATE INDEX facts_doc ON facts(doc_id, start);
CREATE INDEX facts_type ON facts(type, value_text);
)sql",
      // 2: the full-text index over segments (index/segment_index.cpp,
      // docs/search.md). External content: the text lives once, in
      // documents.text; segment_text slices it (byte offsets) for FTS5.
      R"sql(
CREATE VIEW segment_text(id, doc_id, text) AS
  SELECT s.id, s.doc_id, CAST(substr(CAST(d.text AS BLOB), s.start + 1, s.end - s.start) AS TEXT)
  FROM segments s JOIN documents d ON d.id = s.doc_id;
CREATE VIRTUAL TABLE segment_fts USING fts5(
  text, content='segment_text', content_rowid='id', tokenize='dossier', detail=full);
INSERT INTO segment_fts(segment_fts) VALUES('rebuild');
-- Which token stream the index holds (Tokenizer::kTokenizerVersion when it
-- was built); `dossier check` compares, `dossier reindex` rewrites it.
CREATE TABLE index_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
INSERT INTO index_meta VALUES ('tokenizer', ')sql" TOKENIZER_VERSION R"sql(');
)sql",
      // 3: organisations imported with `dossier orgs import` (index/org_store.cpp).
      R"sql(
CREATE TABLE orgs (
  id          TEXT PRIMARY KEY,              -- slug, the `id` of the org facts
  name        TEXT NOT NULL,                 -- canonical English name
  type        TEXT NOT NULL DEFAULT '',      -- government, company, bank, ...
  country     TEXT NOT NULL DEFAULT '',      -- ISO 3166 alpha-2, or 'int'
  imported_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ','now'))
);
CREATE TABLE org_aliases (
  org_id TEXT NOT NULL REFERENCES orgs(id) ON DELETE CASCADE,
  alias  TEXT NOT NULL,                      -- as written
  lang   TEXT NOT NULL DEFAULT '',           -- en, zh-Hans, zh-Hant, ja ('' unknown)
  PRIMARY KEY (org_id, alias)
);
CREATE INDEX org_aliases_alias ON org_aliases(alias);
)sql",
      // 4: segment_fts gets one column per kind weight (body, heading, title)
      // so that ranking reads a hit's kind from the index itself instead of
      // joining segments for every hit (index/segment_rank.h). A segment's
      // text is in the column of its kind, NULL in the others. Rebuilt from
      // the stored segments with the current tokenizer. Plus a covering
      // index for the dates that break ties.
      R"sql(
DROP TABLE segment_fts;
DROP VIEW segment_text;
CREATE VIEW segment_text(id, doc_id, body, heading, title) AS
  SELECT id, doc_id,
         CASE WHEN kind NOT IN ('title', 'heading') THEN text END,
         CASE WHEN kind = 'heading' THEN text END,
         CASE WHEN kind = 'title' THEN text END
  FROM (SELECT s.id AS id, s.doc_id AS doc_id, s.kind AS kind,
               CAST(substr(CAST(d.text AS BLOB), s.start + 1, s.end - s.start) AS TEXT) AS text
        FROM segments s JOIN documents d ON d.id = s.doc_id);
CREATE VIRTUAL TABLE segment_fts USING fts5(
  body, heading, title, content='segment_text', content_rowid='id', tokenize='dossier', detail=full);
INSERT INTO segment_fts(segment_fts) VALUES('rebuild');
INSERT OR REPLACE INTO index_meta(key, value) VALUES ('tokenizer', ')sql" TOKENIZER_VERSION R"sql(');
-- The date of a document without reading its row (a page of text each):
-- search reads it for every hit tied in score at the page's end.
CREATE INDEX documents_id_date ON documents(id, date);
)sql",
      // 5: leaner facts, the largest table by far (about 75 rows per
      // generated document; docs/schema.md). `text` goes: it is exactly
      // documents.text[start:end]. `attrs` no longer repeats what the
      // value columns hold (figure value and unit, date value, org id,
      // commitment strength; index/fact_row.h restores them) and is NULL
      // when nothing else is left. The index by type and value becomes two
      // partial indexes, dates and orgs, the only values filtered on.
      R"sql(
CREATE TABLE facts_v5 (
  id          INTEGER PRIMARY KEY,
  doc_id      INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  segment_ord INTEGER,                     -- segment holding start, if any
  type        TEXT NOT NULL,               -- figure, date, org, commitment
  start       INTEGER NOT NULL,            -- byte offsets into documents.text
  end         INTEGER NOT NULL,
  lang        TEXT NOT NULL,
  value_num   REAL,                        -- figure value
  value_text  TEXT,                        -- date value, org id, commitment strength
  unit        TEXT,                        -- figure unit
  attrs       TEXT                         -- the other contract fields, JSON; NULL: none
);
INSERT INTO facts_v5
  SELECT id, doc_id, segment_ord, type, start, end, lang, value_num, value_text, unit,
         NULLIF(CASE type
           WHEN 'figure' THEN json_remove(attrs,
             CASE WHEN value_num IS NOT NULL AND json_type(attrs, '$.value') = 'real' THEN '$.value' ELSE '$.__none__' END,
             CASE WHEN unit IS NOT NULL AND json_type(attrs, '$.unit') = 'text' THEN '$.unit' ELSE '$.__none__' END)
           WHEN 'date' THEN json_remove(attrs,
             CASE WHEN value_text IS NOT NULL AND json_type(attrs, '$.value') = 'text' THEN '$.value' ELSE '$.__none__' END)
           WHEN 'org' THEN json_remove(attrs,
             CASE WHEN value_text IS NOT NULL AND json_type(attrs, '$.id') = 'text' THEN '$.id' ELSE '$.__none__' END)
           WHEN 'commitment' THEN json_remove(attrs,
             CASE WHEN value_text IS NOT NULL AND json_type(attrs, '$.strength') = 'text' THEN '$.strength' ELSE '$.__none__' END)
           ELSE attrs END, '{}')
  FROM facts ORDER BY id;
DROP TABLE facts;
ALTER TABLE facts_v5 RENAME TO facts;
CREATE INDEX facts_doc ON facts(doc_id, start);
CREATE INDEX facts_date ON facts(value_text) WHERE type = 'date';
CREATE INDEX facts_org ON facts(value_text, doc_id) WHERE type = 'org';
)sql",
      // 6: documents.text may be packed (a BLOB: deflated, index/stored_text.h),
      // so SQL reads it through dossier_text_slice and dossier_text_bytes.
      // The texts stored so far are packed here; the file keeps its size,
      // and the pages freed are reused by the documents added next.
      R"sql(
DROP VIEW segment_text;
CREATE VIEW segment_text(id, doc_id, body, heading, title) AS
  SELECT id, doc_id,
         CASE WHEN kind NOT IN ('title', 'heading') THEN text END,
         CASE WHEN kind = 'heading' THEN text END,
         CASE WHEN kind = 'title' THEN text END
  FROM (SELECT s.id AS id, s.doc_id AS doc_id, s.kind AS kind,
               dossier_text_slice(d.text, s.start, s.end) AS text
        FROM segments s JOIN documents d ON d.id = s.doc_id);
UPDATE documents SET text = dossier_pack_text(text) WHERE typeof(text) = 'text';
)sql",
      // 7: FTS5 keeps the terms of the rows being written in memory and
      // writes them out as a new index segment whenever they pass 'hashsize'
      // bytes (1 MB by default), then merges those segments again and again.
      // A CJK text has about one token per character, so 1 MB held little
      // text: 16 MB makes the index build 1.45x faster at 1M segments
      // (index_bench --mb 320: 0.42x -> 0.61x unicode61) for about 28 MB more
      // memory at the peak of a commit, with search latency unchanged.
      // Stored in segment_fts_config, so every connection uses it.
      R"sql(
INSERT INTO segment_fts(segment_fts, rank) VALUES ('hashsize', 16777216);
)sql",
      // 8: date facts are indexed by year, not by their whole value. Keyed by
      // value, each document's dates went to pages all over the index, and
      // once the index outgrew the page cache every insert read and dirtied a
      // page of its own: at 500 MB the index took a quarter of the writer's
      // CPU (docs/performance.md). Keyed by year (then rowid), a document's
      // dates go to the ends of a few years' runs. Store::Facts narrows a
      // --from/--to range to its years through this index and compares the
      // whole values on those rows only.
      R"sql(
DROP INDEX facts_date;
CREATE INDEX facts_date_year ON facts(substr(value_text, 1, 4)) WHERE type = 'date';
)sql",
      // 9: a document's facts are one packed value (index/fact_pack.h), and
      // the keys documents are found by, a date's year and an org id, are
      // short rows of their own. As one row each (about 75 per document)
      // with three indexes, facts were most of the single writer's work in
      // `dossier add`, more so as the database grew (docs/performance.md).
      // Store::Facts finds the documents through fact_years and fact_orgs
      // and filters their unpacked facts. `segment_ord` is not kept: it was
      // never read, and is the segment that holds `start`.
      R"sql(
CREATE TABLE doc_facts (
  doc_id      INTEGER PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
  figures     INTEGER NOT NULL,            -- facts by type, for stats and --type
  dates       INTEGER NOT NULL,
  orgs        INTEGER NOT NULL,
  commitments INTEGER NOT NULL,
  data        BLOB NOT NULL                -- every fact, packed (index/fact_pack.h)
);
CREATE TABLE fact_years (
  doc_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  year   TEXT NOT NULL,                    -- substr(value, 1, 4) of a date fact
  PRIMARY KEY (doc_id, year)
) WITHOUT ROWID;
CREATE INDEX fact_years_year ON fact_years(year, doc_id);
CREATE TABLE fact_orgs (
  doc_id   INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  org_id   TEXT NOT NULL,                  -- the `id` of an org fact
  mentions INTEGER NOT NULL,               -- how many org facts of the document have it
  PRIMARY KEY (doc_id, org_id)
) WITHOUT ROWID;
CREATE INDEX fact_orgs_org ON fact_orgs(org_id, doc_id);
INSERT INTO doc_facts (doc_id, figures, dates, orgs, commitments, data)
  SELECT doc_id, sum(type = 'figure'), sum(type = 'date'), sum(type = 'org'), sum(type = 'commitment'),
         dossier_pack_facts(id, type, start, end, lang, value_num, value_text, unit, attrs)
  FROM facts GROUP BY doc_id;
INSERT INTO fact_years (doc_id, year)
  SELECT DISTINCT doc_id, substr(value_text, 1, 4) FROM facts
  WHERE type = 'date' AND value_text IS NOT NULL;
INSERT INTO fact_orgs (doc_id, org_id, mentions)
  SELECT doc_id, value_text, count(*) FROM facts
  WHERE type = 'org' AND value_text IS NOT NULL GROUP BY doc_id, value_text;
DROP TABLE facts;
)sql",
      // 10: segment_fts gets a fourth column, `filters`: each segment's
      // language and its document's kind, source, date, id and org ids as
      // terms (index/filter_terms.h), so that the search filters are
      // answered by FTS5 intersecting doclists rather than by joining every
      // hit to its segment and document rows. The index is rebuilt; the
      // hashsize setting of migration 7 goes with the old table and is set
      // again.
      R"sql(
DROP TABLE segment_fts;
DROP VIEW segment_text;
CREATE VIEW segment_text(id, doc_id, body, heading, title, filters) AS
  SELECT id, doc_id,
         CASE WHEN kind NOT IN ('title', 'heading') THEN text END,
         CASE WHEN kind = 'heading' THEN text END,
         CASE WHEN kind = 'title' THEN text END,
         filters
  FROM (SELECT s.id AS id, s.doc_id AS doc_id, s.kind AS kind,
               dossier_text_slice(d.text, s.start, s.end) AS text,
               dossier_filter_terms(s.lang, d.kind, d.source, d.date, d.id,
                 (SELECT group_concat(org_id, char(31)) FROM fact_orgs o WHERE o.doc_id = d.id)) AS filters
        FROM segments s JOIN documents d ON d.id = s.doc_id);
CREATE VIRTUAL TABLE segment_fts USING fts5(
  body, heading, title, filters, content='segment_text', content_rowid='id', tokenize='dossier', detail=full);
INSERT INTO segment_fts(segment_fts, rank) VALUES ('hashsize', 16777216);
INSERT INTO segment_fts(segment_fts) VALUES('rebuild');
INSERT OR REPLACE INTO index_meta(key, value) VALUES ('tokenizer', ')sql" TOKENIZER_VERSION R"sql(');
)sql",
  };
  return migrations;
}

}  // namespace dossier
