package org.acta.rest.dto;

import java.util.List;

/**
 * An import: the files of one upload.
 *
 * @param id the batch id ({@code /api/v1/imports/{id}})
 * @param status {@code running} while a file is queued or being read, else {@code finished} or
 *     {@code failed} (some file failed)
 * @param files the files, in upload order
 */
public record ImportBatchDto(long id, String status, List<ImportFileDto> files) {}
