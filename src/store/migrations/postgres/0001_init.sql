-- Mizan store schema for PostgreSQL, version 1: the tables of the SQLite schema with native types, events
-- partitioned by the month of the event's date, and full-text search over normalized sentences.
-- Codes and ids are COLLATE "C": byte order as in SQLite, and prefix LIKE ('LBY%') can use plain indexes.
CREATE TABLE documents (
  id text COLLATE "C" PRIMARY KEY,
  content_hash text NOT NULL,
  published text COLLATE "C",
  outlet text,
  title text,
  url text,
  text text NOT NULL,
  pipeline_version text,
  coded_at text NOT NULL
);
CREATE INDEX documents_by_published ON documents (published);

CREATE TABLE sentences (
  doc_id text COLLATE "C" NOT NULL,
  idx integer NOT NULL,
  paragraph integer NOT NULL,
  start_cp integer NOT NULL,
  end_cp integer NOT NULL,
  PRIMARY KEY (doc_id, idx)
);

CREATE TABLE actors (
  code text COLLATE "C" PRIMARY KEY,
  name text,
  kind text
);

CREATE TABLE mentions (
  doc_id text COLLATE "C" NOT NULL,
  idx integer NOT NULL,
  sentence integer NOT NULL,
  start_cp integer NOT NULL,
  end_cp integer NOT NULL,
  text text,
  code text COLLATE "C",
  name text,
  actor_id text,
  kind text,
  via text,
  antecedent integer,
  confidence double precision,
  PRIMARY KEY (doc_id, idx)
);
CREATE INDEX mentions_by_code ON mentions (code);

-- One row per coded event. `month` (first day of the event date's month; null when the date is coarser
-- than a month or missing) is the partition key: partitions events_YYYY_MM are created on demand by the
-- writer, everything else lands in events_default. No primary key: a key of a partitioned table must
-- contain the partition key; event ids are unique because a document's events are replaced together.
CREATE TABLE events (
  id text COLLATE "C" NOT NULL,
  doc_id text COLLATE "C" NOT NULL,
  sentence integer NOT NULL,
  sentence_start integer,
  sentence_end integer,
  trigger_text text,
  trigger_start integer,
  trigger_end integer,
  source_code text COLLATE "C",
  source_name text,
  source_text text,
  source_start integer,
  source_end integer,
  target_code text COLLATE "C",
  target_name text,
  target_text text,
  target_start integer,
  target_end integer,
  broker_code text COLLATE "C",
  broker_name text,
  broker_text text,
  broker_start integer,
  broker_end integer,
  cameo text COLLATE "C" NOT NULL,
  cameo_root text COLLATE "C" NOT NULL,
  cameo_name text,
  plover text,
  plover_mode text,
  goldstein double precision,
  quad_class smallint,
  negated boolean NOT NULL,
  certainty text,
  attribution_kind text,
  attribution_text text,
  attribution_actor text COLLATE "C",
  date_value text COLLATE "C",
  date_granularity text,
  date_qualifier text,
  date_text text,
  date_anchor text,
  location_name text,
  location_country text,
  location_lat double precision,
  location_lon double precision,
  confidence double precision,
  record json NOT NULL,
  month date,
  -- The event's sentence, normalized in C++ (NormalizeForMatch: no tashkeel or tatweel, unified alef,
  -- ya and ta marbuta), then stemmed by the built-in `arabic` configuration.
  search tsvector
) PARTITION BY RANGE (month);
CREATE TABLE events_default PARTITION OF events DEFAULT;

-- Indexes on the parent are created on every partition, present and future.
CREATE INDEX events_by_id ON events (id);
CREATE INDEX events_by_doc ON events (doc_id);
CREATE INDEX events_by_pair_date ON events (source_code, target_code, date_value);  -- also serves source alone
CREATE INDEX events_by_target_date ON events (target_code, date_value);
CREATE INDEX events_by_date ON events (date_value);
CREATE INDEX events_by_cameo_root ON events (cameo_root, date_value);
CREATE INDEX events_search ON events USING gin (search);
