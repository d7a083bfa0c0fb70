package org.acta.matching.indexing;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import org.acta.matching.normalize.CnNumber;
import org.acta.matching.normalize.Issn;
import org.acta.matching.normalize.TextFolder;

/**
 * What identifies a journal when a work is looked up in a list: its ISSNs (print and electronic
 * together, checked by the ISSN check digit), its CN numbers and its normalised titles. A
 * journal can have several of each because the member records of a work print them differently.
 *
 * @param issns normalised ISSNs {@code NNNN-NNNC}, print and electronic
 * @param cnNumbers normalised CN numbers {@code NN-NNNN}
 * @param titles title keys ({@link #titleKey(String)})
 */
public record JournalKey(Set<String> issns, Set<String> cnNumbers, Set<String> titles) {

  public JournalKey {
    issns = Set.copyOf(issns);
    cnNumbers = Set.copyOf(cnNumbers);
    titles = Set.copyOf(titles);
  }

  /** A key from raw values as printed; invalid or blank values are left out. */
  public static JournalKey of(Collection<String> rawIssns, Collection<String> rawCnNumbers,
      Collection<String> rawTitles) {
    Set<String> i = new LinkedHashSet<>();
    for (String s : rawIssns) {
      String n = Issn.normalize(s);
      if (n != null) {
        i.add(n);
      }
    }
    Set<String> c = new LinkedHashSet<>();
    for (String s : rawCnNumbers) {
      String n = CnNumber.normalize(s);
      if (n != null) {
        c.add(n);
      }
    }
    Set<String> t = new LinkedHashSet<>();
    for (String s : rawTitles) {
      String n = titleKey(s);
      if (n != null) {
        t.add(n);
      }
    }
    return new JournalKey(i, c, t);
  }

  /**
   * The title as compared: folded by the engine's {@link TextFolder} (case, punctuation, width,
   * markup) with spaces removed, so {@code J. Mater. Sci.} and {@code J Mater Sci} agree; a
   * leading "the" is dropped because lists and exports disagree about it. Null when blank.
   */
  public static String titleKey(String title) {
    if (title == null || title.isBlank()) {
      return null;
    }
    String folded = TextFolder.fold(title);
    if (folded.startsWith("the ")) {
      folded = folded.substring(4);
    }
    String compact = TextFolder.compact(folded);
    return compact.isEmpty() ? null : compact;
  }

  public boolean isEmpty() {
    return issns.isEmpty() && cnNumbers.isEmpty() && titles.isEmpty();
  }
}
