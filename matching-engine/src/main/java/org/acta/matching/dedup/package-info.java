/** Deduplication: normalise, block, compare, score, cluster source records into works. */
package org.acta.matching.dedup;
