/**
 * Who may call Acta: local accounts (PBKDF2 password hashes in Jakarta Security's format) and API
 * tokens (kept as SHA-256 only), read and written with plain JDBC.
 */
package org.acta.core.infrastructure.security;
