package org.acta.matching.attribution.role;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.acta.matching.attribution.AuthorSlot;
import org.acta.matching.attribution.affiliation.AffiliationMatcher;
import org.acta.matching.attribution.dictionary.Person;
import org.acta.matching.attribution.name.LooseNameKey;
import org.acta.matching.model.Author;
import org.acta.matching.model.Correspondence;
import org.acta.matching.model.Evidence;
import org.acta.matching.model.SourceRecord;

/**
 * Decides the roles of an attributed author position.
 *
 * <p>Corresponding: a source names the author when the parser flagged the author, when a
 * correspondence entry (WoS RP group, EI "Corresponding author") was resolved to the author's
 * position, when an unresolved entry's name fits this author and no other author of the record, or
 * when an entry's e-mail is the person's. Sources without any corresponding information (CNKI) say
 * nothing. Several corresponding authors are normal; a source that names others but not this one
 * is reported as a conflict. Evidence found outside the export ({@code pdf-corresponding-marker}
 * and similar kinds: the footnote's name or e-mail) counts like a source.
 */
public final class RoleResolver {
  private final AffiliationMatcher affiliations;
  private final LooseNameKey loose;

  public RoleResolver(AffiliationMatcher affiliations, LooseNameKey loose) {
    this.affiliations = affiliations;
    this.loose = loose;
  }

  public CorrespondingFinding corresponding(AuthorSlot slot, Person person) {
    List<String> naming = new ArrayList<>();
    List<String> notNaming = new ArrayList<>();
    for (AuthorSlot.View v : slot.views()) {
      SourceRecord r = v.record();
      boolean hasInfo = !r.correspondence().isEmpty()
          || r.authors().stream().anyMatch(Author::corresponding)
          || r.evidence().stream().anyMatch(RoleResolver::isCorrespondingEvidence);
      if (!hasInfo) {
        continue;
      }
      if (names(r, v.author(), person)) {
        naming.add(r.sourceKey());
      } else {
        notNaming.add(r.sourceKey());
      }
    }
    return new CorrespondingFinding(!naming.isEmpty(), naming, notNaming);
  }

  /** Evidence from outside the export (the PDF's footnote or marker) about who corresponds. */
  private static boolean isCorrespondingEvidence(Evidence e) {
    return e.kind() != null && e.kind().toLowerCase(java.util.Locale.ROOT).contains("corresponding")
        && e.text() != null && !e.text().isBlank();
  }

  private boolean names(SourceRecord r, Author a, Person person) {
    if (a.corresponding()) {
      return true;
    }
    for (Evidence e : r.evidence()) {
      if (!isCorrespondingEvidence(e)) {
        continue;
      }
      String text = e.text();
      if (person != null && person.email() != null
          && text.toLowerCase(java.util.Locale.ROOT).contains(person.email())) {
        return true;
      }
      if (hanNameIn(text, a) && r.authors().stream().filter(o -> o != a)
          .noneMatch(o -> hanNameIn(text, o))) {
        return true; // "通信作者：曾晓明"
      }
      for (String part : text.split("[;；,，()（）<>:：*]")) {
        if (!part.isBlank() && !part.contains("@") && uniquelyFits(r, a, loose.of(part.strip()))) {
          return true;
        }
      }
    }
    for (Correspondence c : r.correspondence()) {
      if (c.authorPositions().contains(a.position())) {
        return true;
      }
      if (person != null && person.email() != null
          && c.emails().stream().anyMatch(m -> m.equalsIgnoreCase(person.email()))) {
        return true;
      }
      if (c.authorPositions().isEmpty()) {
        for (String name : c.authorNames()) {
          if (uniquelyFits(r, a, loose.of(name))) {
            return true;
          }
        }
      }
      // WoS binds RP names by the short form; two authors "Zhang, Z" are told apart by the
      // person's e-mail among the record's addresses (EM).
      if (person != null && person.email() != null
          && r.emails().stream().anyMatch(m -> m.equalsIgnoreCase(person.email()))
          && c.authorNames().stream().anyMatch(n -> LooseNameKey.compatible(loose.of(n),
              keys(a)))) {
        return true;
      }
    }
    return false;
  }

  private static boolean hanNameIn(String text, Author a) {
    for (String form : a.nameForms()) {
      String han = org.acta.matching.attribution.name.NameText.hanOnly(form);
      if (han.length() >= 2 && text.contains(han)) {
        return true;
      }
    }
    return false;
  }

  private Set<String> keys(Author a) {
    Set<String> k = new java.util.LinkedHashSet<>();
    for (String form : a.nameForms()) {
      k.addAll(loose.of(form));
    }
    return k;
  }

  private boolean uniquelyFits(SourceRecord r, Author a, Set<String> entryKeys) {
    Author fit = null;
    for (Author other : r.authors()) {
      Set<String> k = new java.util.LinkedHashSet<>();
      for (String form : other.nameForms()) {
        k.addAll(loose.of(form));
      }
      if (LooseNameKey.compatible(k, entryKeys)) {
        if (fit != null) {
          return false;
        }
        fit = other;
      }
    }
    return fit == a;
  }

  /**
   * Whether the author's first listed affiliation is the university: taken from the first record
   * that links the author (WoS, then EI); for unlinked records, the record's first organisation.
   */
  public boolean firstAffiliationIsInstitution(AuthorSlot slot) {
    List<AuthorSlot.View> views = new ArrayList<>(slot.views());
    views.sort(Comparator.comparingInt(v -> order(v.record())));
    for (AuthorSlot.View v : views) {
      List<Integer> idx = v.author().affiliationIndexes();
      if (!idx.isEmpty() && idx.get(0) < v.record().affiliations().size()) {
        return affiliations.match(v.record().affiliations().get(idx.get(0))).institution();
      }
    }
    for (AuthorSlot.View v : views) {
      if (!v.record().affiliations().isEmpty()) {
        return affiliations.match(v.record().affiliations().get(0)).institution();
      }
    }
    return false;
  }

  private static int order(SourceRecord r) {
    return switch (r.source()) {
      case WOS -> 0;
      case EI -> 1;
      case CNKI -> 2;
      default -> 3;
    };
  }
}
