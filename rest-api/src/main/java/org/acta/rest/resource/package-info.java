/** The JAX-RS resources: one per kind of thing the API exposes, plural lower-case paths. */
package org.acta.rest.resource;
