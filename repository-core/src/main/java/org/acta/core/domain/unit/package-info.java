/** The institution's organisational units, a tree, with the names they go by. */
package org.acta.core.domain.unit;
