/**
 * Clustering: match links become works by union, strongest link first, refusing any union that
 * would put two records a hard rule keeps apart into one work — so weak links cannot chain
 * unrelated records into one large false cluster.
 */
package org.acta.matching.dedup.cluster;
