package org.acta.matching.dedup.blocking;

/**
 * What blocking did, for logs and benchmarks.
 *
 * @param keys blocking keys emitted
 * @param blocks blocks with two records or more
 * @param blocksSkipped blocks not expanded (over the size cap or the budget)
 * @param pairs distinct candidate pairs
 * @param budget the comparison budget in pairs
 */
public record BlockingStats(long keys, long blocks, long blocksSkipped, long pairs, long budget) {}
