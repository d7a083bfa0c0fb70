package org.acta.matching.model;

import java.util.List;

/**
 * One corresponding-author entry of a record (a WoS RP group, an EV "Corresponding author"
 * entry, a PDF footnote): who, at which address, with which e-mail.
 *
 * @param authorNames the names as printed in the entry
 * @param authorPositions the 1-based author positions the names were resolved to (may be empty
 *     when the name matched no author of the record)
 * @param address the postal address of the entry, if any
 * @param emails e-mail addresses of the entry
 */
public record Correspondence(
    List<String> authorNames, List<Integer> authorPositions, String address, List<String> emails) {

  public Correspondence {
    authorNames = authorNames == null ? List.of() : List.copyOf(authorNames);
    authorPositions = authorPositions == null ? List.of() : List.copyOf(authorPositions);
    emails = emails == null ? List.of() : List.copyOf(emails);
  }
}
