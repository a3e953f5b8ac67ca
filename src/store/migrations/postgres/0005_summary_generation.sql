-- Mizan store schema, version 5: a counter that every commit which may change the summaries raises, in
-- its own transaction, so that a reader can keep what it derived from them (the brokers' prepared
-- network, store/broker_cache.h) and know, by one row, when to derive it again.
CREATE TABLE summary_generation (
  id integer PRIMARY KEY CHECK (id = 1),
  generation bigint NOT NULL,
  instance text NOT NULL DEFAULT md5(random()::text || clock_timestamp()::text)  -- tells two databases apart
);
INSERT INTO summary_generation (id, generation) VALUES (1, 1);
