-- Mizan store schema, version 2: canonical events (one act, many reports) and full-text search over
-- the sentences that hold events. docs/store.md and docs/relations.md describe both.
CREATE TABLE canonical_events (
  id INTEGER PRIMARY KEY,
  rep_event TEXT NOT NULL,          -- the report that stands for the act (the first linked)
  dyad_key TEXT NOT NULL,           -- source country || '|' || target country, '' when unlinkable
  source_code TEXT,
  target_code TEXT,
  cameo TEXT NOT NULL,
  cameo_root TEXT NOT NULL,
  plover TEXT,
  goldstein REAL,
  quad_class INTEGER,
  negated INTEGER NOT NULL,
  date_value TEXT,
  date_granularity TEXT,
  day_lo INTEGER,                   -- the date as a range of days since 1970-01-01 (relate/canonical.h)
  day_hi INTEGER,
  num_sources INTEGER NOT NULL,     -- distinct outlets among its reports
  num_articles INTEGER NOT NULL     -- distinct documents among its reports
);
CREATE INDEX canonical_by_dyad_day ON canonical_events (dyad_key, day_lo);
CREATE INDEX canonical_by_source ON canonical_events (source_code, target_code);
CREATE INDEX canonical_by_target ON canonical_events (target_code);
ALTER TABLE events ADD COLUMN canonical_id INTEGER;
CREATE INDEX events_by_canonical ON events (canonical_id);
CREATE INDEX events_by_date_id ON events (COALESCE(date_value, ''), id);
CREATE INDEX events_by_broker ON events (broker_code);
-- rowid = sentences.rowid; text = the sentence normalized (text/normalize.h), because unicode61 alone
-- splits Arabic words at harakat.
CREATE VIRTUAL TABLE sentence_fts USING fts5(text, tokenize = 'unicode61 remove_diacritics 0');
