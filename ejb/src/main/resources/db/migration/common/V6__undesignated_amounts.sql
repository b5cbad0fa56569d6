-- The tax of a run's undesignated taxpayers by reason, so that the canton's overview shows the
-- undesignated amount of each reason, not only how many taxpayers it concerns.
ALTER TABLE allocation_reason_count ADD COLUMN tax_cents BIGINT NOT NULL DEFAULT 0;
