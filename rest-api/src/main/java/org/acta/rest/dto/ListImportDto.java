package org.acta.rest.dto;

import java.util.List;

/**
 * What an upload of indexing lists did, and the re-index that followed.
 *
 * @param created editions stored as a new version ({@code JCR 2024 v1})
 * @param unchanged editions equal to their current version (nothing stored)
 * @param warnings problems that did not stop a file, with file, line and column
 * @param rowsChanged table rows whose indexing columns changed (given the new version)
 * @param version the table's change sequence after the re-index
 */
public record ListImportDto(List<String> created, List<String> unchanged, List<String> warnings,
    int rowsChanged, long version) {}
