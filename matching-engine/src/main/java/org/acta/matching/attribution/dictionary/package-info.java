/**
 * The university's dictionaries (units with their name variants, people with name keys, e-mails,
 * ORCIDs, supervisors and years) loaded from the two CSV files into an immutable, indexed
 * in-memory {@link org.acta.matching.attribution.dictionary.UniversityDictionary}.
 */
package org.acta.matching.attribution.dictionary;
