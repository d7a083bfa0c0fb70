/**
 * Indexing lists in the database: imported list files stored as versions of list editions (never
 * edited), and the current lists read back for the engine's {@code Indexer}.
 */
package org.acta.core.application.indexing;
