-- An allocation run carries its own checkpoint and a lease (issue 16, docs/architecture.md "Batch").
-- The checkpoint (the id of the last taxpayer counted, and how many chunks were counted) is written
-- in each chunk's own transaction, with the chunk's tally: the batch container's checkpoint commits
-- in a separate, non-transactional data source and may be one chunk behind or ahead of the tally.
ALTER TABLE allocation_run ADD COLUMN checkpoint_id VARCHAR(36);
ALTER TABLE allocation_run ADD COLUMN chunks_done BIGINT DEFAULT 0 NOT NULL;
-- Which instance works on the run, until when (epoch milliseconds, so that no time zone of a
-- driver or a database can move it); NULL while no job works on it.
ALTER TABLE allocation_run ADD COLUMN lease_owner VARCHAR(255);
ALTER TABLE allocation_run ADD COLUMN lease_until BIGINT;
-- the sweep of every instance looks for running runs whose lease lapsed
CREATE INDEX allocation_run_lease_ix ON allocation_run (state, lease_until);
