-- Mizan store schema for PostgreSQL, version 2: canonical events (one act, many reports), as in SQLite's
-- version 2 (docs/store.md, docs/relations.md). Full text is already in version 1 (events.search).
CREATE TABLE canonical_events (
  id bigserial PRIMARY KEY,
  rep_event text COLLATE "C" NOT NULL,   -- the report that stands for the act (the first linked)
  dyad_key text COLLATE "C" NOT NULL,    -- source country || '|' || target country, '' when unlinkable
  source_code text COLLATE "C",
  target_code text COLLATE "C",
  cameo text COLLATE "C" NOT NULL,
  cameo_root text COLLATE "C" NOT NULL,
  plover text,
  goldstein double precision,
  quad_class smallint,
  negated boolean NOT NULL,
  date_value text COLLATE "C",
  date_granularity text,
  day_lo integer,                        -- the date as a range of days since 1970-01-01 (relate/canonical.h)
  day_hi integer,
  num_sources integer NOT NULL,          -- distinct outlets among its reports
  num_articles integer NOT NULL          -- distinct documents among its reports
);
CREATE INDEX canonical_by_dyad_day ON canonical_events (dyad_key, day_lo);
CREATE INDEX canonical_by_source ON canonical_events (source_code, target_code);
CREATE INDEX canonical_by_target ON canonical_events (target_code);
ALTER TABLE events ADD COLUMN canonical_id bigint;
CREATE INDEX events_by_canonical ON events (canonical_id);
CREATE INDEX events_by_date_id ON events ((COALESCE(date_value, '')), id);
CREATE INDEX events_by_broker ON events (broker_code);
