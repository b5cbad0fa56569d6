-- PostgreSQL only. Liberty's batch job repository (server.xml, databaseStore schema="JBATCH")
-- creates its tables on first use but not their schema, which Derby creates by itself.
CREATE SCHEMA IF NOT EXISTS jbatch;
