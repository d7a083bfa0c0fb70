/**
 * Roles of an attributed author: corresponding author across sources (with conflicts flagged) and
 * whether the university is the author's first affiliation.
 */
package org.acta.matching.attribution.role;
