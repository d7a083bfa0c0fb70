/**
 * Importing export files into the database: every record stored verbatim with its file, record
 * number and lines before anything is derived; chunked commits that a restarted server resumes
 * from; per-record problems kept; natural keys that make a re-import add nothing.
 */
package org.acta.core.application.imports;
