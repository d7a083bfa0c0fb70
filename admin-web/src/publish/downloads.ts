/**
 * Links that download the table or a snapshot as a file the server writes (CSV or XLSX), so the
 * file holds every row, not only the rows the screen has loaded. Relative to the page, as the API
 * is, so any context path works; the browser sends the signed-in caller's credentials with them.
 */
export type FileFormat = 'csv' | 'xlsx';

export const FILE_FORMATS: readonly FileFormat[] = ['csv', 'xlsx'];

export function tableDownload(format: FileFormat): string {
  return new URL(`api/v1/table?format=${format}`, document.baseURI).toString();
}

export function snapshotDownload(id: number, format: FileFormat): string {
  return new URL(`api/v1/snapshots/${id}/rows?format=${format}`, document.baseURI).toString();
}
