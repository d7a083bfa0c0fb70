/**
 * Author positions to people: candidate people by name key, e-mail and ORCID, scored with unit,
 * years at the university, co-authorship with supervisors or students, and competition between
 * homonyms.
 */
package org.acta.matching.attribution.person;
