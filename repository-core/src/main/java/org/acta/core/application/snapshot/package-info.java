/** Snapshots of the one table frozen for an assessment period, listed and compared. */
package org.acta.core.application.snapshot;
