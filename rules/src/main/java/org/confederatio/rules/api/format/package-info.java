/**
 * The stored formats of ALLOCATION.md: POLICY.json, AGGREGATES.json, REPORT.json and the digest of
 * a run. The server stores and publishes runs in them and the command-line tool reads and writes
 * them, so they live here, in the API, and not in either user. The JSON reader and writer behind
 * them ({@code Json}, {@code Fields}) are package-private: only the formats are public.
 */
package org.confederatio.rules.api.format;
