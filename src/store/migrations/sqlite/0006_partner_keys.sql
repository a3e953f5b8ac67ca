-- Mizan store schema, version 6: an actor's partners by a full code (USAGOV, 6 to 30 characters, a
-- multiple of three) pre-aggregated like partner_summary does for countries. Partners reads each act
-- through its first non-negated report (by insertion order) that names the code on exactly one side and
-- a partner on the other; these rows keep that report's two codes per key (the report's codes cut at 6,
-- 9, ... 30 characters), with the act's Goldstein value and quad class. Kept at commit
-- (sqlite_summary.cc); back-filled here.
CREATE TABLE partner_key_summary (
  key TEXT NOT NULL,
  source_code TEXT NOT NULL,
  target_code TEXT NOT NULL,
  events INTEGER NOT NULL,
  goldstein_sum REAL NOT NULL,
  quad1 INTEGER NOT NULL,
  quad2 INTEGER NOT NULL,
  quad3 INTEGER NOT NULL,
  quad4 INTEGER NOT NULL,
  PRIMARY KEY (key, source_code, target_code)
) WITHOUT ROWID;

CREATE TEMP TABLE v6_lengths (n INTEGER NOT NULL);
INSERT INTO v6_lengths (n) VALUES (6), (9), (12), (15), (18), (21), (24), (27), (30);
INSERT INTO partner_key_summary (key, source_code, target_code, events, goldstein_sum, quad1, quad2, quad3, quad4)
SELECT k.key, COALESCE(e.source_code, ''), COALESCE(e.target_code, ''), COUNT(*), SUM(COALESCE(c.goldstein, 0)),
       SUM(COALESCE(c.quad_class = 1, 0)), SUM(COALESCE(c.quad_class = 2, 0)), SUM(COALESCE(c.quad_class = 3, 0)),
       SUM(COALESCE(c.quad_class = 4, 0))
FROM (SELECT e.canonical_id AS cid, substr(e.source_code, 1, l.n) AS key FROM events e, v6_lengths l
      WHERE e.negated = 0 AND e.canonical_id IS NOT NULL AND length(e.source_code) >= l.n
      UNION
      SELECT e.canonical_id, substr(e.target_code, 1, l.n) FROM events e, v6_lengths l
      WHERE e.negated = 0 AND e.canonical_id IS NOT NULL AND length(e.target_code) >= l.n) k
JOIN canonical_events c ON c.id = k.cid
JOIN events e ON e.rowid = (
  SELECT MIN(e2.rowid) FROM events e2 WHERE e2.canonical_id = k.cid AND e2.negated = 0 AND
    (substr(COALESCE(e2.source_code, ''), 1, length(k.key)) = k.key) <>
    (substr(COALESCE(e2.target_code, ''), 1, length(k.key)) = k.key) AND
    CASE WHEN substr(COALESCE(e2.source_code, ''), 1, length(k.key)) = k.key THEN COALESCE(e2.target_code, '')
         ELSE COALESCE(e2.source_code, '') END <> '')
GROUP BY 1, 2, 3;
DROP TABLE v6_lengths;
