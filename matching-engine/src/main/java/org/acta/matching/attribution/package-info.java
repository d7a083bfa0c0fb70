/** Attribution: author positions of works to the university's people and units, with roles. */
package org.acta.matching.attribution;
