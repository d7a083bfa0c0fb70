/**
 * The engine's immutable model of a bibliographic source record, as read from one export file,
 * and the values that travel between the matching stages.
 */
package org.acta.matching.model;
