package org.acta.matching.attribution.name;

/**
 * One way to read a printed author name: the index key it gives, how strong an agreement on that
 * key is, and whether it reads the name in the unusual order (given name before the comma).
 *
 * @param key the index key ({@link NameStrength#key})
 * @param strength what kind of agreement the key expresses
 * @param swapped the reading assumes the parts are printed the wrong way round
 * @param family the surname key of this reading (letters only, or Han characters)
 */
public record NameReading(String key, NameStrength strength, boolean swapped, String family) {}
