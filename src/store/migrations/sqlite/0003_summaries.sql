-- Mizan store schema, version 3: relations pre-aggregated at commit, so that the whole-store queries
-- (top dyads, actors, partners, brokers) read a few thousand summary rows instead of every event, and
-- indexes for newest-first pages of an actor's events. docs/store.md ("Summaries") says which filters
-- the summaries answer; the others still read the events table. Back-filled here from the stored events.

-- Canonical events (non-negated: an act counts when one of its reports is not negated) per ordered
-- pair of the act's codes and period; kind 'all', 'year' or 'month', period labelled as Dyads labels it.
CREATE TABLE dyad_summary (
  kind TEXT NOT NULL,
  source_code TEXT NOT NULL,
  target_code TEXT NOT NULL,
  period TEXT NOT NULL,
  events INTEGER NOT NULL,
  goldstein_sum REAL NOT NULL,
  quad1 INTEGER NOT NULL,
  quad2 INTEGER NOT NULL,
  quad3 INTEGER NOT NULL,
  quad4 INTEGER NOT NULL,
  sources INTEGER NOT NULL DEFAULT 0,   -- distinct outlet|attribution of the reports (dyad_members 's')
  articles INTEGER NOT NULL DEFAULT 0,  -- distinct documents of the reports (dyad_members 'd')
  PRIMARY KEY (kind, source_code, target_code, period)
) WITHOUT ROWID;
CREATE INDEX dyad_summary_by_events ON dyad_summary (kind, events DESC, source_code, target_code, period);
CREATE INDEX dyad_summary_by_target ON dyad_summary (kind, target_code, source_code, period);

-- What the distinct counts of dyad_summary count: 'd' || document id and 's' || outlet|kind|text, with
-- the number of reports behind each (a member goes when its last report goes).
CREATE TABLE dyad_members (
  kind TEXT NOT NULL,
  source_code TEXT NOT NULL,
  target_code TEXT NOT NULL,
  period TEXT NOT NULL,
  member TEXT NOT NULL,
  refs INTEGER NOT NULL,
  PRIMARY KEY (kind, source_code, target_code, period, member)
) WITHOUT ROWID;

-- Per actor code: non-negated canonical events naming it as source / as target, and its mentions.
CREATE TABLE actor_summary (
  code TEXT PRIMARY KEY,
  as_source INTEGER NOT NULL DEFAULT 0,
  as_target INTEGER NOT NULL DEFAULT 0,
  mentions INTEGER NOT NULL DEFAULT 0
) WITHOUT ROWID;

-- Non-negated canonical events by the codes of their first report (what Partners reads), with the
-- act's Goldstein value and quad class.
CREATE TABLE partner_summary (
  source_code TEXT NOT NULL,
  target_code TEXT NOT NULL,
  events INTEGER NOT NULL,
  goldstein_sum REAL NOT NULL,
  quad1 INTEGER NOT NULL,
  quad2 INTEGER NOT NULL,
  quad3 INTEGER NOT NULL,
  quad4 INTEGER NOT NULL,
  PRIMARY KEY (source_code, target_code)
) WITHOUT ROWID;
CREATE INDEX partner_summary_by_target ON partner_summary (target_code, source_code);

-- Newest-first (or oldest-first) pages of one code's events walk these instead of sorting every match
-- (negated second: a page of events that happened reads no row it then leaves out).
DROP INDEX events_by_source;
DROP INDEX events_by_target;
CREATE INDEX events_by_source_date ON events (source_code, negated, COALESCE(date_value, ''), id);
CREATE INDEX events_by_target_date ON events (target_code, negated, COALESCE(date_value, ''), id);
-- A pair's events (source and target prefixes, a timeline) without reading every event of either side.
CREATE INDEX events_by_pair_date ON events (source_code, target_code, COALESCE(date_value, ''), id);
-- An actor's first and last dates.
CREATE INDEX canonical_by_source_date ON canonical_events (source_code, negated, date_value);
CREATE INDEX canonical_by_target_date ON canonical_events (target_code, negated, date_value);

-- Back-fill from what is stored.
INSERT INTO dyad_summary (kind, source_code, target_code, period, events, goldstein_sum, quad1, quad2, quad3, quad4)
SELECT k.kind, c.source_code, c.target_code,
       COALESCE(CASE k.kind WHEN 'all' THEN 'all'
                WHEN 'year' THEN COALESCE(substr(c.date_value, 1, 4), 'unknown')
                ELSE CASE WHEN c.date_granularity IN ('day', 'month') THEN substr(c.date_value, 1, 7)
                          ELSE COALESCE(c.date_value, 'unknown') END END, ''),
       COUNT(*), SUM(COALESCE(c.goldstein, 0)), SUM(COALESCE(c.quad_class = 1, 0)), SUM(COALESCE(c.quad_class = 2, 0)),
       SUM(COALESCE(c.quad_class = 3, 0)), SUM(COALESCE(c.quad_class = 4, 0))
FROM canonical_events c, (SELECT 'all' AS kind UNION ALL SELECT 'year' UNION ALL SELECT 'month') k
WHERE c.source_code <> '' AND c.target_code <> ''
  AND EXISTS (SELECT 1 FROM events e WHERE e.canonical_id = c.id AND e.negated = 0)
GROUP BY 1, 2, 3, 4;

INSERT INTO dyad_members (kind, source_code, target_code, period, member, refs)
SELECT k.kind, c.source_code, c.target_code,
       COALESCE(CASE k.kind WHEN 'all' THEN 'all'
                WHEN 'year' THEN COALESCE(substr(c.date_value, 1, 4), 'unknown')
                ELSE CASE WHEN c.date_granularity IN ('day', 'month') THEN substr(c.date_value, 1, 7)
                          ELSE COALESCE(c.date_value, 'unknown') END END, ''),
       m.member, COUNT(*)
FROM (SELECT e.canonical_id AS cid, 'd' || e.doc_id AS member FROM events e WHERE e.negated = 0
      UNION ALL
      SELECT e.canonical_id, 's' || COALESCE(d.outlet, '') || '|' || COALESCE(e.attribution_kind, '') || '|' ||
             COALESCE(e.attribution_text, '')
      FROM events e JOIN documents d ON d.id = e.doc_id WHERE e.negated = 0) m
JOIN canonical_events c ON c.id = m.cid
CROSS JOIN (SELECT 'all' AS kind UNION ALL SELECT 'year' UNION ALL SELECT 'month') k
WHERE c.source_code <> '' AND c.target_code <> ''
GROUP BY 1, 2, 3, 4, 5;

UPDATE dyad_summary SET
  articles = (SELECT COUNT(*) FROM dyad_members m WHERE m.kind = dyad_summary.kind AND
              m.source_code = dyad_summary.source_code AND m.target_code = dyad_summary.target_code AND
              m.period = dyad_summary.period AND m.member >= 'd' AND m.member < 'e'),
  sources = (SELECT COUNT(*) FROM dyad_members m WHERE m.kind = dyad_summary.kind AND
             m.source_code = dyad_summary.source_code AND m.target_code = dyad_summary.target_code AND
             m.period = dyad_summary.period AND m.member >= 's' AND m.member < 't');

INSERT INTO actor_summary (code, as_source, as_target, mentions)
SELECT code, SUM(s), SUM(t), SUM(m) FROM (
  SELECT c.source_code AS code, 1 AS s, 0 AS t, 0 AS m FROM canonical_events c
  WHERE c.negated = 0 AND COALESCE(c.source_code, '') <> ''
  UNION ALL
  SELECT c.target_code, 0, 1, 0 FROM canonical_events c WHERE c.negated = 0 AND COALESCE(c.target_code, '') <> ''
  UNION ALL
  SELECT m.code, 0, 0, 1 FROM mentions m WHERE COALESCE(m.code, '') <> '' AND m.via <> 'pronoun')
GROUP BY code;

INSERT INTO partner_summary (source_code, target_code, events, goldstein_sum, quad1, quad2, quad3, quad4)
SELECT COALESCE(e.source_code, ''), COALESCE(e.target_code, ''), COUNT(*), SUM(COALESCE(c.goldstein, 0)),
       SUM(COALESCE(c.quad_class = 1, 0)), SUM(COALESCE(c.quad_class = 2, 0)), SUM(COALESCE(c.quad_class = 3, 0)),
       SUM(COALESCE(c.quad_class = 4, 0))
FROM (SELECT canonical_id AS cid, MIN(rowid) AS first FROM events WHERE negated = 0 AND canonical_id IS NOT NULL
      GROUP BY canonical_id) f
JOIN canonical_events c ON c.id = f.cid
JOIN events e ON e.rowid = f.first
GROUP BY 1, 2;
