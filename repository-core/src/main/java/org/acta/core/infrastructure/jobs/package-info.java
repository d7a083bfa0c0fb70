/**
 * Background work in the server: imports and pipeline runs on the container's managed executor,
 * resumed after a restart from what the database says is unfinished.
 */
package org.acta.core.infrastructure.jobs;
