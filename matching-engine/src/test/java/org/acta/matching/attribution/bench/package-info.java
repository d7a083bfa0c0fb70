/**
 * Runners that measure the attribution engine: timing at university scale on generated data, and
 * the person-matching evidence on the AMiner and Crossref ORCID name-disambiguation sets. Main
 * classes, not unit tests; figures go to {@code docs/benchmarks.md}.
 */
package org.acta.matching.attribution.bench;
