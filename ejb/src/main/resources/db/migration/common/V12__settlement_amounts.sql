-- Settlements read and written through entities (issue 14): a line's figures become numbers. Each
-- keeps its exact value: the net position (received less contributed, negative for a net payer)
-- and the per-capita resources are whole cents, so BIGINT cents as every other amount; the
-- resources after settling in percent of the members' mean have two decimals, so an exact DECIMAL.
-- Columns are added with a default so that existing lines get one before their value is copied.

ALTER TABLE settlement_line ADD COLUMN net_cents BIGINT NOT NULL DEFAULT 0;
ALTER TABLE settlement_line ADD COLUMN per_capita_cents BIGINT NOT NULL DEFAULT 0;
ALTER TABLE settlement_line ADD COLUMN after_percent_of_mean DECIMAL(19, 2) NOT NULL DEFAULT 0;

UPDATE settlement_line
   SET net_cents = CAST(CAST(net AS DECIMAL(19, 2)) * 100 AS BIGINT),
       per_capita_cents = CAST(CAST(per_capita AS DECIMAL(19, 2)) * 100 AS BIGINT),
       after_percent_of_mean = CAST(after_percent AS DECIMAL(19, 2));

ALTER TABLE settlement_line DROP COLUMN net;
ALTER TABLE settlement_line DROP COLUMN per_capita;
ALTER TABLE settlement_line DROP COLUMN after_percent;

-- A settlement changes only from draft to published and from in force to superseded; the version
-- makes a publication that raced another change nothing (optimistic locking), as the conditional
-- UPDATEs did before.
ALTER TABLE settlement ADD COLUMN version INTEGER NOT NULL DEFAULT 0;
