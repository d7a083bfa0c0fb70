/**
 * Acta's stored domain: units, people, imports, source records, works and decisions, with the
 * services that read and change them in MariaDB.
 */
package org.acta.core;
