package org.acta.matching.model;

import java.util.List;

/**
 * One author position of a record, with every name form the source gives.
 *
 * @param position 1-based position in the author list
 * @param name the name as the source prints it in its main author field (WoS AF when present,
 *     else AU; EI Author; CNKI 作者)
 * @param shortName abbreviated form where the source has one (WoS AU: {@code Wang, XM})
 * @param fullName full form where the source has one (WoS AF: {@code Wang, Xiaoming})
 * @param nativeName the name in Chinese characters where the source gives it (CNKI)
 * @param affiliationIndexes 0-based indexes into {@link SourceRecord#affiliations()} that the
 *     source links this author to (WoS C1 brackets, EI numbering); empty when it gives none
 * @param emails e-mail addresses bound to this author
 * @param orcid ORCID iD (bare, {@code 0000-0002-1825-0097})
 * @param researcherId WoS ResearcherID
 * @param corresponding whether this source names the author as corresponding / reprint author
 */
public record Author(
    int position,
    String name,
    String shortName,
    String fullName,
    String nativeName,
    List<Integer> affiliationIndexes,
    List<String> emails,
    String orcid,
    String researcherId,
    boolean corresponding) {

  public Author {
    affiliationIndexes = affiliationIndexes == null ? List.of() : List.copyOf(affiliationIndexes);
    emails = emails == null ? List.of() : List.copyOf(emails);
    if (position < 1) {
      throw new IllegalArgumentException("author position must be 1-based: " + position);
    }
  }

  /** A plain author known only by the one name the source prints. */
  public static Author named(int position, String name) {
    return new Author(position, name, null, null, null, List.of(), List.of(), null, null, false);
  }

  /** Every distinct non-blank name form of this author, main form first. */
  public List<String> nameForms() {
    return java.util.stream.Stream.of(name, fullName, shortName, nativeName)
        .filter(s -> s != null && !s.isBlank())
        .distinct()
        .toList();
  }

  public Author withCorresponding(boolean value) {
    return new Author(position, name, shortName, fullName, nativeName, affiliationIndexes, emails,
        orcid, researcherId, value);
  }

  public Author withAffiliationIndexes(List<Integer> indexes) {
    return new Author(position, name, shortName, fullName, nativeName, indexes, emails, orcid,
        researcherId, corresponding);
  }

  public Author withEmails(List<String> value) {
    return new Author(position, name, shortName, fullName, nativeName, affiliationIndexes, value,
        orcid, researcherId, corresponding);
  }

  public Author withIds(String orcidValue, String researcherIdValue) {
    return new Author(position, name, shortName, fullName, nativeName, affiliationIndexes, emails,
        orcidValue, researcherIdValue, corresponding);
  }
}
