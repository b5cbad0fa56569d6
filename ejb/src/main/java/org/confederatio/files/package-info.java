/**
 * The CSV files the confederation reads and writes: imports (the residence register, assessments,
 * designations) and exports (the allocation tool's inputs, reports, settlements, reviews, rolls).
 * Every one goes through Apache Commons CSV in RFC 4180: quoted fields may hold commas, quotes and
 * line breaks; a byte-order mark and CRLF are read like plain UTF-8 and LF. {@link CsvTable} reads
 * a whole file and names each error by line and column; {@link CsvExport} writes one, neutralizing
 * any cell a spreadsheet would run as a formula.
 */
package org.confederatio.files;
