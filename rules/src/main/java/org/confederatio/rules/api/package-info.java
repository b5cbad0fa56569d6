/**
 * The public surface of the rules library: what the server and the command-line tool use, and
 * nothing else. {@code RulesApiTest} (in the web module) fails when {@code ejb} or {@code web}
 * reaches any rules class outside this package and its sub-packages:
 *
 * <ul>
 *   <li>{@code canton}: the identities that travel everywhere, each checked once in its
 *       constructor: {@code CantonCode}, {@code OrganizationId}, {@code PersonId}, {@code
 *       FiscalYear};
 *   <li>{@code money}: {@code Money} in integer cents, exact {@code Fraction}s, {@code
 *       BasisPoints};
 *   <li>{@code notation}: the one grammar of numbers and dates written as text;
 *   <li>{@code allocation}: ALLOCATION.md, A1-A12;
 *   <li>{@code roll}: ROLL.md, R1-R7;
 *   <li>{@code subsidiarity}: SUBSIDIARITY.md, S1-S5;
 *   <li>{@code sharing}: SHARING.md, C1-C6;
 *   <li>{@code format}: the stored formats, which a published result must keep byte for byte:
 *       {@code POLICY.json} ({@code PolicyFile}), {@code AGGREGATES.json} ({@code AggregatesFile}),
 *       {@code REPORT.json} ({@code ReportFile}) and a run's digest ({@code RunDigest}).
 * </ul>
 *
 * Helpers that only one of these packages needs are package-private there; the command-line tool
 * ({@code org.confederatio.rules.cli}) is a user of this API like the server.
 */
package org.confederatio.rules.api;
