package org.acta.rest.dto;

import org.acta.core.application.indexing.IndexingSettings;

/**
 * The rules now in force and what re-indexing with them changed.
 *
 * @param settings the rules stored
 * @param rowsChanged table rows that got a new version
 * @param version the table's change sequence after the re-index
 */
public record IndexingSettingsChangeDto(IndexingSettings settings, int rowsChanged,
    long version) {}
