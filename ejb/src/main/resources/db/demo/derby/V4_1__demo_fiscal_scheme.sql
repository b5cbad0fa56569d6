-- Demo fiscal scheme: the three cantons' policies with the decisions they come from, assessments
-- for 2025 and 2026, and designations that show each case a clerk meets (splits, the canton
-- itself, a late form in Montes, an organization Riva no longer accredits).

-- Replaces the versions V4 carried over from roll_policy (none if demo data came later).
DELETE FROM canton_policy_renouncing WHERE canton_code IN ('LAC', 'MON', 'RIV');
DELETE FROM canton_policy WHERE canton_code IN ('LAC', 'MON', 'RIV');

INSERT INTO canton_policy (canton_code, valid_from_year, designable_rate, weighting, undesignated, fund_id,
    cap_cents, minimum_payout_cents, max_recipients, deadline, voting_age, min_residence_months,
    decision_title, decision_adopted, decision_reference, recorded_at, recorded_by, row_version)
  VALUES
  ('LAC', 2020, 0.007, 'BY_AMOUNT', 'RETAIN', NULL, NULL, 0, 1, '12-31', 18, 3,
    'Law 2019/14 on the designation of part of the income tax', '2019-11-20',
    'https://lacus.example.org/laws/2019-14', CURRENT_TIMESTAMP, 'demo', 0),
  ('LAC', 2024, 0.01, 'BY_AMOUNT', 'PROPORTIONAL', NULL, NULL, 1000, 3, '12-31', 18, 3,
    'Law 2023/2 widening designations to three recipients', '2023-06-14',
    'https://lacus.example.org/laws/2023-2', CURRENT_TIMESTAMP, 'demo', 0),
  ('MON', 2020, 0.008, 'BY_HEADCOUNT', 'FUND', 'solidarity-fund', NULL, 0, 2, '06-30', 16, 12,
    'Popular vote of 8 March 2020 on solidarity designations', '2020-03-08',
    'MON-PV-2020-03', CURRENT_TIMESTAMP, 'demo', 0),
  ('RIV', 2020, 0.015, 'BY_AMOUNT', 'RETAIN', NULL, 500000, 0, 1, '09-30', 18, 0,
    'Council decree 2019-7 on commons designations', '2019-12-02',
    'https://riva.example.org/decrees/2019-7', CURRENT_TIMESTAMP, 'demo', 0);
INSERT INTO canton_policy_renouncing (canton_code, valid_from_year, organization_id)
  VALUES ('LAC', 2024, 'free-farmers');

-- Every adult demo resident on 31 December is assessed; the amounts are arbitrary but fixed.
INSERT INTO assessment (canton_code, fiscal_year, person_id, tax_cents, recorded_at, recorded_by)
  SELECT r.canton_code, 2025, p.id,
      100000 + MOD(YEAR(p.born) * 7919 + MONTH(p.born) * 131 + DAY(p.born) * 17, 900000),
      CURRENT_TIMESTAMP, 'demo'
  FROM person p JOIN residence_period r ON r.person_id = p.id
  WHERE p.id LIKE 'P-____' AND r.starts_on <= CAST('2025-12-31' AS DATE)
    AND (r.ends_on IS NULL OR r.ends_on >= CAST('2025-12-31' AS DATE))
    AND p.born <= CAST('2007-12-31' AS DATE)
    AND (p.died IS NULL OR p.died > CAST('2025-12-31' AS DATE));
INSERT INTO assessment (canton_code, fiscal_year, person_id, tax_cents, recorded_at, recorded_by)
  SELECT canton_code, 2026, person_id, tax_cents + 2500, CURRENT_TIMESTAMP, 'demo'
  FROM assessment WHERE fiscal_year = 2025;

-- Two taxpayers in three designate for 2025, three in four for 2026; the citizen account (P-0001)
-- is left to choose. The first recipient depends on canton and person; in LAC and MON one in five
-- splits 60/40 with the canton. Where the first recipient is the canton already, that names it
-- twice: a paper form filled in wrongly, which the clerk's list of invalid designations shows.
INSERT INTO designation (canton_code, fiscal_year, person_id, made_on, shares, recorded_at, recorded_by, channel)
  SELECT canton_code, fiscal_year, person_id,
      CASE WHEN fiscal_year = 2026 THEN CAST('2026-04-01' AS DATE) ELSE CAST('2025-03-15' AS DATE) END,
      CASE canton_code
        WHEN 'LAC' THEN CASE MOD(n, 4)
          WHEN 0 THEN 'commons-of-code' WHEN 1 THEN 'las-indias' WHEN 2 THEN 'canton' ELSE 'ocean-care' END
        WHEN 'MON' THEN CASE MOD(n, 3)
          WHEN 0 THEN 'las-indias' WHEN 1 THEN 'commons-of-code' ELSE 'canton' END
        ELSE CASE MOD(n, 3)
          WHEN 0 THEN 'ocean-care' WHEN 1 THEN 'free-fonts' ELSE 'commons-of-code' END
      END
      || CASE WHEN canton_code IN ('LAC', 'MON') AND MOD(n, 5) = 1 THEN ':6000 canton:4000' ELSE ':10000' END,
      CURRENT_TIMESTAMP, 'demo', 'CLERK'
  FROM (SELECT canton_code, fiscal_year, person_id, CAST(SUBSTR(person_id, 3) AS INTEGER) AS n
        FROM assessment WHERE person_id LIKE 'P-____' AND person_id <> 'P-0001') a
  WHERE (fiscal_year = 2025 AND MOD(n, 3) <> 0) OR (fiscal_year = 2026 AND MOD(n, 4) <> 0);

-- Forms that do not count (A2), for the clerks' list: in Lacus, even-numbered taxpayers left out
-- above sent a form naming the canton twice; in Montes they sent theirs after the 30 June deadline.
INSERT INTO designation (canton_code, fiscal_year, person_id, made_on, shares, recorded_at, recorded_by, channel)
  SELECT canton_code, 2025, person_id,
      CASE canton_code WHEN 'LAC' THEN CAST('2025-03-15' AS DATE) ELSE CAST('2025-08-01' AS DATE) END,
      CASE canton_code WHEN 'LAC' THEN 'canton:6000 canton:4000' ELSE 'las-indias:10000' END,
      CURRENT_TIMESTAMP, 'demo', 'CLERK'
  FROM (SELECT canton_code, person_id, CAST(SUBSTR(person_id, 3) AS INTEGER) AS n
        FROM assessment WHERE fiscal_year = 2025 AND canton_code IN ('LAC', 'MON') AND person_id LIKE 'P-____') a
  WHERE MOD(n, 3) = 0 AND MOD(n, 2) = 0;
