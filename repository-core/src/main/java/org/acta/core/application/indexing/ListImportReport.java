package org.acta.core.application.indexing;

import java.util.List;

/**
 * What an import of list files did.
 *
 * @param created editions stored as a new version ({@code JCR 2024 v1}, {@code CSSCI 2023-2024 v2})
 * @param unchanged editions whose content equals their current version (nothing stored)
 * @param warnings problems that did not stop a file (e.g. a mistyped ISSN), with file and line
 */
public record ListImportReport(List<String> created, List<String> unchanged,
    List<String> warnings) {
  public ListImportReport {
    created = List.copyOf(created);
    unchanged = List.copyOf(unchanged);
    warnings = List.copyOf(warnings);
  }
}
