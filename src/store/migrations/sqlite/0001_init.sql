-- Mizan store schema, version 1. Portable SQL where cheap (SQLite now, PostgreSQL later).
CREATE TABLE documents (
  id TEXT PRIMARY KEY,
  content_hash TEXT NOT NULL,
  published TEXT,
  outlet TEXT,
  title TEXT,
  url TEXT,
  text TEXT NOT NULL,
  pipeline_version TEXT,
  coded_at TEXT NOT NULL
);
CREATE TABLE sentences (
  doc_id TEXT NOT NULL,
  idx INTEGER NOT NULL,
  paragraph INTEGER NOT NULL,
  start_cp INTEGER NOT NULL,
  end_cp INTEGER NOT NULL,
  PRIMARY KEY (doc_id, idx)
);
CREATE TABLE actors (
  code TEXT PRIMARY KEY,
  name TEXT,
  kind TEXT
);
CREATE TABLE mentions (
  doc_id TEXT NOT NULL,
  idx INTEGER NOT NULL,
  sentence INTEGER NOT NULL,
  start_cp INTEGER NOT NULL,
  end_cp INTEGER NOT NULL,
  text TEXT,
  code TEXT,
  name TEXT,
  actor_id TEXT,
  kind TEXT,
  via TEXT,
  antecedent INTEGER,
  confidence REAL,
  PRIMARY KEY (doc_id, idx)
);
CREATE TABLE events (
  id TEXT PRIMARY KEY,
  doc_id TEXT NOT NULL,
  sentence INTEGER NOT NULL,
  sentence_start INTEGER,
  sentence_end INTEGER,
  trigger_text TEXT,
  trigger_start INTEGER,
  trigger_end INTEGER,
  source_code TEXT,
  source_name TEXT,
  source_text TEXT,
  source_start INTEGER,
  source_end INTEGER,
  target_code TEXT,
  target_name TEXT,
  target_text TEXT,
  target_start INTEGER,
  target_end INTEGER,
  broker_code TEXT,
  broker_name TEXT,
  broker_text TEXT,
  broker_start INTEGER,
  broker_end INTEGER,
  cameo TEXT NOT NULL,
  cameo_root TEXT NOT NULL,
  cameo_name TEXT,
  plover TEXT,
  plover_mode TEXT,
  goldstein REAL,
  quad_class INTEGER,
  negated INTEGER NOT NULL,
  certainty TEXT,
  attribution_kind TEXT,
  attribution_text TEXT,
  attribution_actor TEXT,
  date_value TEXT,
  date_granularity TEXT,
  date_qualifier TEXT,
  date_text TEXT,
  date_anchor TEXT,
  location_name TEXT,
  location_country TEXT,
  location_lat REAL,
  location_lon REAL,
  confidence REAL,
  record TEXT NOT NULL
);
CREATE INDEX events_by_source ON events (source_code);
CREATE INDEX events_by_target ON events (target_code);
CREATE INDEX events_by_date ON events (date_value);
CREATE INDEX events_by_cameo_root ON events (cameo_root);
CREATE INDEX events_by_doc ON events (doc_id);
CREATE INDEX mentions_by_code ON mentions (code);
CREATE INDEX documents_by_published ON documents (published);
