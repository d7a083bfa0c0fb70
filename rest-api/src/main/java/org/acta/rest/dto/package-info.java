/** What the API sends and accepts: plain JSON-B records, validated on the way in. */
package org.acta.rest.dto;
