/**
 * How engine records are kept in the database: the parsed fields of a source record as JSON
 * beside its verbatim text.
 */
package org.acta.core.infrastructure.records;
