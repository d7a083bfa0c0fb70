/**
 * Harvest: detection (by content) and streaming parsers for every export format the library
 * receives, producing the engine's {@link org.acta.matching.model.SourceRecord}s. No database, no
 * container.
 */
package org.acta.harvest;
