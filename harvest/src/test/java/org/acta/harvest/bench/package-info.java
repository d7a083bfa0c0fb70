/** Parse-rate benchmark of the harvest parsers on fixed generated data (see docs/benchmarks.md). */
package org.acta.harvest.bench;
