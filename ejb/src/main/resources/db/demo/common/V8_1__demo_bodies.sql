-- Demo bodies: the solidarity fund equalizes between Lacus and Montes (Riva stays out of it); the
-- transit fund shares per capita between Montes and Riva.
INSERT INTO confederal_body (organization_id, min_rate, max_rate, disbursement, target_percent, recorded_at, recorded_by) VALUES
  ('solidarity-fund', 0.001, 0.02, 'EQUALIZATION', 86.5, CURRENT_TIMESTAMP, 'demo'),
  ('transit-fund', 0, 0.01, 'EQUAL_PER_CAPITA', NULL, CURRENT_TIMESTAMP, 'demo');

INSERT INTO membership (body_id, canton_code, rate, from_year, until_year, recorded_at, recorded_by) VALUES
  ('solidarity-fund', 'LAC', 0.01, 2024, NULL, CURRENT_TIMESTAMP, 'demo'),
  ('solidarity-fund', 'MON', 0.005, 2024, NULL, CURRENT_TIMESTAMP, 'demo'),
  ('transit-fund', 'MON', 0.002, 2025, NULL, CURRENT_TIMESTAMP, 'demo'),
  ('transit-fund', 'RIV', 0.004, 2025, NULL, CURRENT_TIMESTAMP, 'demo');
