/**
 * Jazzer fuzz tests ({@code *FuzzTest}), outside the default build: {@code -Pfuzz} fuzzes (one
 * test class per run), {@code -Pfuzz-regression} replays the seeds and every crash found so far
 * in seconds. A finding is any exception other than the documented {@link java.io.IOException}.
 */
package org.acta.harvest.fuzz;
