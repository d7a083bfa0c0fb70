/** Acta's REST API under {@code /api/v1}: JAX-RS resources that speak JSON DTOs, never entities. */
package org.acta.rest;
