package org.acta.core.application.indexing;

/**
 * One stored version of a list edition, for the list of what was imported when.
 *
 * @param type {@code JOURNAL_LIST}, {@code JCR}, {@code ESI_JOURNALS}, {@code ESI_PAPERS},
 *     {@code SUBJECTS}
 * @param name {@code CSSCI}, {@code JCR}, {@code HIGHLY_CITED}, …
 * @param edition the edition ({@code 2023-2024}, {@code 2024}, {@code 2025-09})
 * @param validFrom first publication year (journal lists, JCR), or null
 * @param validTo last publication year, or null
 * @param version 1, 2, … within the edition
 * @param current whether it is the edition's current version
 * @param entries number of entries
 * @param sourceFiles the files of the import
 * @param importedBy who imported it
 * @param importedAt when, ISO-8601
 */
public record ListVersion(String type, String name, String edition, Integer validFrom,
    Integer validTo, int version, boolean current, int entries, String sourceFiles,
    String importedBy, String importedAt) {}
