-- Mizan store schema, version 4: dyad_summary and dyad_members also hold rows keyed by the reports' own
-- codes, so that the dyads of a full code (actor=USAGOV) and a pair's timeline (source, target, either
-- direction) read pre-aggregated rows instead of joining every report of the code with its document and
-- act (150 ms at 1,000,000 events). store/summary.h (KeyedKind) and docs/store.md ("Summaries") say which
-- queries they answer. No new table: kind '<period>:<code>' and '<period>:<A>+<B>' (see below) next to
-- 'all', 'year', 'month', kept by the same code at commit. Back-filled here from the stored events.

-- The keys of each non-negated report of an act: each code cut at 6, 9, ... 30 characters (USAGOVLEG ->
-- USAGOV, USAGOVLEG) for periods all, year and month; each pair of its two codes cut at 3, 6, ... 30,
-- the smaller first, for year and month.
CREATE TEMP TABLE v4_lengths (n INTEGER NOT NULL);
INSERT INTO v4_lengths (n) VALUES (3), (6), (9), (12), (15), (18), (21), (24), (27), (30);
CREATE TEMP TABLE v4_report_keys AS
SELECT e.rowid AS rid, e.canonical_id AS cid, k.kind AS kind, k.kind || ':' || substr(e.source_code, 1, l.n) AS kk
FROM events e, v4_lengths l, (SELECT 'all' AS kind UNION ALL SELECT 'year' UNION ALL SELECT 'month') k
WHERE e.negated = 0 AND e.canonical_id IS NOT NULL AND l.n >= 6 AND length(e.source_code) >= l.n
UNION
SELECT e.rowid, e.canonical_id, k.kind, k.kind || ':' || substr(e.target_code, 1, l.n)
FROM events e, v4_lengths l, (SELECT 'all' AS kind UNION ALL SELECT 'year' UNION ALL SELECT 'month') k
WHERE e.negated = 0 AND e.canonical_id IS NOT NULL AND l.n >= 6 AND length(e.target_code) >= l.n
UNION
SELECT e.rowid, e.canonical_id, k.kind,
       k.kind || ':' || min(substr(e.source_code, 1, ls.n), substr(e.target_code, 1, lt.n)) || '+' ||
       max(substr(e.source_code, 1, ls.n), substr(e.target_code, 1, lt.n))
FROM events e, v4_lengths ls, v4_lengths lt, (SELECT 'year' AS kind UNION ALL SELECT 'month') k
WHERE e.negated = 0 AND e.canonical_id IS NOT NULL AND length(e.source_code) >= ls.n AND length(e.target_code) >= lt.n;

INSERT INTO dyad_summary (kind, source_code, target_code, period, events, goldstein_sum, quad1, quad2, quad3, quad4)
SELECT k.kk, c.source_code, c.target_code,
       COALESCE(CASE k.kind WHEN 'all' THEN 'all'
                WHEN 'year' THEN COALESCE(substr(c.date_value, 1, 4), 'unknown')
                ELSE CASE WHEN c.date_granularity IN ('day', 'month') THEN substr(c.date_value, 1, 7)
                          ELSE COALESCE(c.date_value, 'unknown') END END, ''),
       COUNT(*), SUM(COALESCE(c.goldstein, 0)), SUM(COALESCE(c.quad_class = 1, 0)), SUM(COALESCE(c.quad_class = 2, 0)),
       SUM(COALESCE(c.quad_class = 3, 0)), SUM(COALESCE(c.quad_class = 4, 0))
FROM (SELECT DISTINCT cid, kind, kk FROM v4_report_keys) k
JOIN canonical_events c ON c.id = k.cid
WHERE c.source_code <> '' AND c.target_code <> ''
GROUP BY 1, 2, 3, 4;

INSERT INTO dyad_members (kind, source_code, target_code, period, member, refs)
SELECT k.kk, c.source_code, c.target_code,
       COALESCE(CASE k.kind WHEN 'all' THEN 'all'
                WHEN 'year' THEN COALESCE(substr(c.date_value, 1, 4), 'unknown')
                ELSE CASE WHEN c.date_granularity IN ('day', 'month') THEN substr(c.date_value, 1, 7)
                          ELSE COALESCE(c.date_value, 'unknown') END END, ''),
       m.member, COUNT(*)
FROM v4_report_keys k
JOIN (SELECT e.rowid AS rid, 'd' || e.doc_id AS member FROM events e WHERE e.negated = 0
      UNION ALL
      SELECT e.rowid, 's' || COALESCE(d.outlet, '') || '|' || COALESCE(e.attribution_kind, '') || '|' ||
             COALESCE(e.attribution_text, '')
      FROM events e JOIN documents d ON d.id = e.doc_id WHERE e.negated = 0) m ON m.rid = k.rid
JOIN canonical_events c ON c.id = k.cid
WHERE c.source_code <> '' AND c.target_code <> ''
GROUP BY 1, 2, 3, 4, 5;

UPDATE dyad_summary SET
  articles = (SELECT COUNT(*) FROM dyad_members m WHERE m.kind = dyad_summary.kind AND
              m.source_code = dyad_summary.source_code AND m.target_code = dyad_summary.target_code AND
              m.period = dyad_summary.period AND m.member >= 'd' AND m.member < 'e'),
  sources = (SELECT COUNT(*) FROM dyad_members m WHERE m.kind = dyad_summary.kind AND
             m.source_code = dyad_summary.source_code AND m.target_code = dyad_summary.target_code AND
             m.period = dyad_summary.period AND m.member >= 's' AND m.member < 't')
WHERE kind LIKE '%:%';

DROP TABLE v4_report_keys;
DROP TABLE v4_lengths;
