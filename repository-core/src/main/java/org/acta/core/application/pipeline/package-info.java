/**
 * The engine run against the database: stored records in, works, work members, attribution
 * suggestions and the versioned one table out; and the export of that state in the offline
 * pipeline's CSV contract, so the scorer measures the database exactly as it measures files.
 */
package org.acta.core.application.pipeline;
