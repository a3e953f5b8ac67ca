-- Mizan store schema, version 5: a counter that every commit which may change the summaries raises, in
-- its own transaction, so that a reader can keep what it derived from them (the brokers' prepared
-- network, store/broker_cache.h) and know, by one row, when to derive it again.
CREATE TABLE summary_generation (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  generation INTEGER NOT NULL,
  instance TEXT NOT NULL DEFAULT (lower(hex(randomblob(16))))  -- tells two databases at one path apart
);
INSERT INTO summary_generation (id, generation) VALUES (1, 1);
