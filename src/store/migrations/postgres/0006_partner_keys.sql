-- Mizan store schema, version 6: an actor's partners by a full code (USAGOV, 6 to 30 characters, a
-- multiple of three) pre-aggregated like partner_summary does for countries. Partners reads each act
-- through its first non-negated report (by sentence, trigger, id) that names the code on exactly one
-- side and a partner on the other; these rows keep that report's two codes per key (the report's codes
-- cut at 6, 9, ... 30 characters), with the act's Goldstein value and quad class. Kept at commit
-- (postgres_summary.cc); back-filled here.
CREATE TABLE partner_key_summary (
  key text COLLATE "C" NOT NULL,
  source_code text COLLATE "C" NOT NULL,
  target_code text COLLATE "C" NOT NULL,
  events bigint NOT NULL,
  goldstein_sum double precision NOT NULL,
  quad1 bigint NOT NULL,
  quad2 bigint NOT NULL,
  quad3 bigint NOT NULL,
  quad4 bigint NOT NULL,
  PRIMARY KEY (key, source_code, target_code)
);

INSERT INTO partner_key_summary (key, source_code, target_code, events, goldstein_sum, quad1, quad2, quad3, quad4)
SELECT k.key, f.src, f.tgt, COUNT(*), SUM(COALESCE(c.goldstein, 0)),
       COUNT(*) FILTER (WHERE c.quad_class = 1), COUNT(*) FILTER (WHERE c.quad_class = 2),
       COUNT(*) FILTER (WHERE c.quad_class = 3), COUNT(*) FILTER (WHERE c.quad_class = 4)
FROM (SELECT DISTINCT e.canonical_id AS cid, substr(x.code, 1, l.n) AS key
      FROM events e CROSS JOIN LATERAL (VALUES (e.source_code), (e.target_code)) AS x(code),
           generate_series(6, 30, 3) AS l(n)
      WHERE NOT e.negated AND e.canonical_id IS NOT NULL AND length(x.code) >= l.n) k
JOIN canonical_events c ON c.id = k.cid
CROSS JOIN LATERAL (
  SELECT COALESCE(e.source_code, '') AS src, COALESCE(e.target_code, '') AS tgt FROM events e
  WHERE e.canonical_id = k.cid AND NOT e.negated AND
    (substr(COALESCE(e.source_code, ''), 1, length(k.key)) = k.key) <>
    (substr(COALESCE(e.target_code, ''), 1, length(k.key)) = k.key) AND
    CASE WHEN substr(COALESCE(e.source_code, ''), 1, length(k.key)) = k.key THEN COALESCE(e.target_code, '')
         ELSE COALESCE(e.source_code, '') END <> ''
  ORDER BY e.sentence, e.trigger_start NULLS FIRST, e.id LIMIT 1) f
GROUP BY 1, 2, 3;
