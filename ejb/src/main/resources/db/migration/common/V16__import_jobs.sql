-- Import jobs (ImportJobs): the progress of every bulk import, kept in the database so that any
-- instance can show it and so that an import cut off by a crash reads as interrupted after the
-- restart. The import's rows are written in a transaction of their own, which a crash rolls back;
-- this table is written beside it, in short transactions of its own.
CREATE TABLE import_job (
  id          VARCHAR(36)  NOT NULL,
  started_by  VARCHAR(100) NOT NULL,
  kind        VARCHAR(20)  NOT NULL,
  phase       VARCHAR(16)  NOT NULL,
  rows_total  INTEGER      NOT NULL,
  rows_done   INTEGER      NOT NULL,
  server_name VARCHAR(200) NOT NULL,
  started_at  TIMESTAMP    NOT NULL,
  updated_at  TIMESTAMP    NOT NULL,
  CONSTRAINT import_job_pk PRIMARY KEY (id),
  CONSTRAINT import_job_phase_ck
    CHECK (phase IN ('CHECKING', 'IMPORTING', 'DONE', 'REFUSED', 'INTERRUPTED'))
);
CREATE INDEX import_job_started_by_ix ON import_job (started_by, started_at);
CREATE INDEX import_job_running_ix ON import_job (server_name, phase);
