/**
 * The allocation engine of {@code ALLOCATION.md}, rules A1 to A11, in two stages that can be used
 * apart: {@link org.confederatio.rules.api.allocation.Aggregation} streams taxpayers into
 * per-recipient totals (A1-A4, with A2's reasons), and {@link
 * org.confederatio.rules.api.allocation.Apportionment} turns those totals into the final lines
 * (A5-A8). The second stage needs only the aggregates, so anyone can recompute a published
 * allocation (A11).
 */
package org.confederatio.rules.api.allocation;
