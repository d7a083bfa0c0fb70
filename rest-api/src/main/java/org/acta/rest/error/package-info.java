/** One place that turns failures into RFC 9457 problem answers (400, 404, 409, 422). */
package org.acta.rest.error;
