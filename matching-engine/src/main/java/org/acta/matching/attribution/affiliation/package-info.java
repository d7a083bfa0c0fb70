/**
 * Affiliation strings to the institution and its units: English, WoS-abbreviated and Chinese
 * forms, abbreviation rules learned from the dictionary, token-based fuzzy matching, and strict
 * protection against similarly named institutions.
 */
package org.acta.matching.attribution.affiliation;
