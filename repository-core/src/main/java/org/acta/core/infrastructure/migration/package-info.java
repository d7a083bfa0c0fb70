/**
 * Schema migrations with Flyway, the only source of the schema: run by the launcher before the
 * server starts and again at deployment, so every deployment (Arquillian's too) finds its schema.
 */
package org.acta.core.infrastructure.migration;
