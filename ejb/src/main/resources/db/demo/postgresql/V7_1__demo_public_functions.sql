-- PostgreSQL's counterpart of derby/V7_1: one row per parenthesized VALUES item, as PostgreSQL
-- reads a list of bare values as one row.
-- A small register per canton, confederal functions with their delegations, and candidacies that
-- show each finding: Lacus' libraries could be commons (a candidacy meeting all eight principles),
-- its water supply not yet (seven of eight accepted); policing has a full candidacy too, which S1
-- never counts because it needs coercive authority.

INSERT INTO public_function (id, name, description, level, canton_code, operator_id, scope, coercive, recorded_at, recorded_by) VALUES
  ('lac-water', 'Water supply', 'Drinking water from the lake and the springs above Lacus.', 'CANTONAL', 'LAC', NULL, 'LOCAL', FALSE, CURRENT_TIMESTAMP, 'demo'),
  ('lac-libraries', 'Public libraries', 'Seven libraries and a mobile library.', 'CANTONAL', 'LAC', NULL, 'LOCAL', FALSE, CURRENT_TIMESTAMP, 'demo'),
  ('lac-schools', 'Primary schools', 'Twelve primary schools.', 'CANTONAL', 'LAC', NULL, 'CANTONAL', FALSE, CURRENT_TIMESTAMP, 'demo'),
  ('lac-policing', 'Policing', 'The cantonal police.', 'CANTONAL', 'LAC', NULL, 'CANTONAL', TRUE, CURRENT_TIMESTAMP, 'demo'),
  ('lac-courts', 'Courts', 'First-instance civil and criminal courts.', 'CANTONAL', 'LAC', NULL, 'CANTONAL', TRUE, CURRENT_TIMESTAMP, 'demo'),
  ('lac-waste', 'Waste collection', 'Collection and sorting of household waste.', 'CANTONAL', 'LAC', NULL, 'LOCAL', FALSE, CURRENT_TIMESTAMP, 'demo'),
  ('lac-software', 'Software infrastructure', 'The free software the administration runs on.', 'COMMONS', 'LAC', 'commons-of-code', 'TRANSNATIONAL', FALSE, CURRENT_TIMESTAMP, 'demo'),
  ('mon-energy', 'Local energy', 'Small hydro and solar cooperatives of the valleys.', 'CANTONAL', 'MON', NULL, 'LOCAL', FALSE, CURRENT_TIMESTAMP, 'demo'),
  ('mon-policing', 'Policing', 'The cantonal police.', 'CANTONAL', 'MON', NULL, 'CANTONAL', TRUE, CURRENT_TIMESTAMP, 'demo'),
  ('mon-maps', 'Land register maps', 'Maps of land parcels.', 'COMMONS', 'MON', 'open-maps', 'CANTONAL', FALSE, CURRENT_TIMESTAMP, 'demo'),
  ('riv-harbour', 'Harbour', 'The river harbour and its locks.', 'CANTONAL', 'RIV', NULL, 'CANTONAL', FALSE, CURRENT_TIMESTAMP, 'demo'),
  ('conf-post', 'Postal service', 'Letters and parcels across the confederation.', 'CONFEDERAL', NULL, NULL, 'TRANSNATIONAL', FALSE, CURRENT_TIMESTAMP, 'demo'),
  ('conf-school-inspection', 'School inspection', 'Inspection of every primary school.', 'CONFEDERAL', NULL, NULL, 'CANTONAL', FALSE, CURRENT_TIMESTAMP, 'demo'),
  ('conf-solidarity-levy', 'Solidarity levy', 'Collection of the solidarity levy.', 'CONFEDERAL', NULL, NULL, 'TRANSNATIONAL', TRUE, CURRENT_TIMESTAMP, 'demo');

INSERT INTO function_delegation (function_id, canton_code) VALUES
  ('conf-post', 'LAC'), ('conf-post', 'MON'), ('conf-post', 'RIV'),
  ('conf-school-inspection', 'LAC'), ('conf-school-inspection', 'MON'), ('conf-school-inspection', 'RIV'),
  ('conf-solidarity-levy', 'MON'), ('conf-solidarity-levy', 'RIV');

INSERT INTO candidacy (function_id, organization_id, submitted_at, submitted_by) VALUES
  ('lac-libraries', 'open-scholars', CURRENT_TIMESTAMP, 'demo'),
  ('lac-water', 'free-farmers', CURRENT_TIMESTAMP, 'demo'),
  ('lac-policing', 'mutual-aid-net', CURRENT_TIMESTAMP, 'demo');

-- every principle claimed with evidence and accepted, except water's graduated sanctions (rejected);
-- RTRIM because Derby pads the VALUES strings to the longest
INSERT INTO candidacy_principle (candidacy_id, principle, claimed_met, evidence, accepted, review_comment, reviewed_by, reviewed_at)
  SELECT c.id, RTRIM(p.principle), TRUE, 'Described in the candidacy file.',
      CASE WHEN c.function_id = 'lac-water' AND p.principle = 'GRADUATED_SANCTIONS' THEN FALSE ELSE TRUE END,
      CASE WHEN c.function_id = 'lac-water' AND p.principle = 'GRADUATED_SANCTIONS'
        THEN 'No sanction short of exclusion is described.' ELSE 'Checked against the statutes.' END,
      'demo', CURRENT_TIMESTAMP
  FROM candidacy c, (VALUES ('CLEARLY_DEFINED_BOUNDARIES'), ('BENEFITS_PROPORTIONAL_TO_COSTS'),
      ('COLLECTIVE_CHOICE_ARRANGEMENTS'), ('MONITORING_ACCOUNTABLE_TO_USERS'), ('GRADUATED_SANCTIONS'),
      ('FAST_CHEAP_CONFLICT_RESOLUTION'), ('RECOGNIZED_RIGHT_TO_ORGANIZE'), ('NESTED_ENTERPRISES')) AS p (principle);
