package org.acta.matching.attribution.person;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.acta.matching.attribution.dictionary.Person;
import org.acta.matching.attribution.dictionary.UniversityDictionary;
import org.acta.matching.attribution.name.NameReading;
import org.acta.matching.attribution.name.NameStrength;
import org.acta.matching.attribution.name.PersonNameKeys;

/**
 * Finds and scores the people who may be the author at one position.
 *
 * <p>Candidates come from the name index (every reading of every printed form), from the author's
 * e-mail and from the ORCID. The score starts from the strength of the name agreement (same Chinese
 * characters 1.0, full pinyin 0.9, initials 0.62, one initial 0.45) and is moved by:
 * <ul>
 *   <li>the unit named in the affiliation agreeing with the person's unit (or not);
 *   <li>a university affiliation that is only listed in the record, not linked to the author;
 *   <li>the publication year against the person's years at the university;
 *   <li>e-mail and ORCID (agreeing: near certainty; a different ORCID: strong evidence against);
 *   <li>a supervisor or student of the person among the co-authors.
 * </ul>
 * When the source gives Chinese characters, people whose characters differ are not candidates
 * (张敏 is not 章敏, although both are Zhang Min).
 */
public final class PersonMatcher {
  private final UniversityDictionary dictionary;

  public PersonMatcher(UniversityDictionary dictionary) {
    this.dictionary = dictionary;
  }

  /**
   * Candidates for the position, best first.
   *
   * @param e the evidence of the position
   * @param coauthorCandidates ids of people who are candidates at the other positions of the work
   */
  public List<Candidate> candidates(AuthorEvidence e, Set<String> coauthorCandidates) {
    Map<String, NameHit> hits = new LinkedHashMap<>();
    for (NameReading r : e.readings()) {
      for (Person p : dictionary.byNameKey(r.key())) {
        double w = r.strength().weight() - (r.swapped() ? 0.06 : 0);
        NameHit prev = hits.get(p.id());
        if (prev == null || prev.weight < w) {
          hits.put(p.id(), new NameHit(p, w, r));
        }
      }
    }
    String hanzi = e.hanzi();
    Map<String, List<String>> idEvidence = new HashMap<>();
    for (String email : e.emails()) {
      for (Person p : dictionary.byEmail(email)) {
        idEvidence.computeIfAbsent(p.id(), k -> new ArrayList<>()).add("e-mail " + email);
      }
    }
    for (String orcid : e.orcids()) {
      for (Person p : dictionary.byOrcid(orcid)) {
        idEvidence.computeIfAbsent(p.id(), k -> new ArrayList<>()).add("ORCID " + orcid);
      }
    }
    List<Candidate> out = new ArrayList<>();
    for (NameHit hit : hits.values()) {
      Person p = hit.person;
      if (hanzi != null && PersonNameKeys.isChineseName(p.nameZh())
          && !org.acta.matching.attribution.name.NameText.hanOnly(p.nameZh()).equals(hanzi)) {
        continue; // the source prints other characters
      }
      out.add(score(p, hit, e, idEvidence.getOrDefault(p.id(), List.of()), coauthorCandidates));
    }
    out.sort(Comparator.comparingDouble((Candidate c) -> -c.rank())
        .thenComparing(c -> c.person().id()));
    return out;
  }

  private record NameHit(Person person, double weight, NameReading reading) {}

  private Candidate score(Person p, NameHit hit, AuthorEvidence e, List<String> ids,
      Set<String> coauthors) {
    List<String> reasons = new ArrayList<>();
    double s = hit.weight;
    reasons.add(describeName(hit));
    switch (e.status()) {
      case LINKED_UNIVERSITY -> reasons.add("affiliation of the university linked to the author");
      case UNLINKED_UNIVERSITY -> {
        s -= e.onlyUniversity() ? 0.02 : 0.1;
        reasons.add(e.onlyUniversity()
            ? "the record's only organisation is the university (no author links)"
            : "the university is among the record's organisations (no author links)");
      }
      default -> {
        s -= 0.5;
        reasons.add("no affiliation of the university for this author");
      }
    }
    if (e.affiliationConfidence() > 0 && e.affiliationConfidence() < 0.9) {
      s -= 0.05;
      reasons.add("university recognised from a lab or an unusual spelling");
    }
    if (!e.unitIds().isEmpty() && p.unitId() != null) {
      boolean agree = e.unitIds().stream().anyMatch(u -> dictionary.unitsAgree(p.unitId(), u));
      if (agree) {
        s += 0.08;
        reasons.add("unit agrees (" + p.unitId() + ")");
      } else {
        // Unlinked: the record's university entries name other units, so this author is more
        // likely one of its other organisations' people.
        s -= e.status() == AffiliationStatus.LINKED_UNIVERSITY ? 0.2 : 0.35;
        reasons.add("unit differs: affiliation names " + String.join("/", e.unitIds())
            + ", person is in " + p.unitId());
      }
    }
    int outside = p.yearsOutside(e.year());
    if (outside > 0) {
      s -= outside == 1 ? 0.12 : outside == 2 ? 0.25 : 0.4;
      boolean before = p.startYear() != null && e.year() != null && e.year() < p.startYear();
      if (e.status() == AffiliationStatus.UNLINKED_UNIVERSITY && (before || outside >= 2)) {
        // Nothing ties this author to the university's entry in the organisation list, and the
        // person was not at the university that year (a year after leaving is publication delay):
        // most likely they are one of the other organisations' people.
        s -= 0.3;
      }
      reasons.add(e.year() + " is " + outside + " year(s) outside the person's time at the university");
    }
    if (!ids.isEmpty()) {
      s = Math.max(s, 0.9) + 0.25;
      reasons.add("same " + String.join(", ", ids));
    } else {
      if (p.orcid() != null && !e.orcids().isEmpty()
          && e.orcids().stream().noneMatch(o -> o.equalsIgnoreCase(p.orcid()))) {
        s -= 0.5;
        reasons.add("the author's ORCID is not the person's");
      }
      if (p.email() != null && !e.emails().isEmpty()) {
        boolean otherPersonsMail = e.emails().stream()
            .anyMatch(m -> dictionary.byEmail(m).stream().anyMatch(o -> !o.id().equals(p.id())));
        if (otherPersonsMail) {
          s -= 0.3;
          reasons.add("the author's e-mail belongs to another person");
        }
      }
    }
    if (ids.isEmpty() && p.email() != null
        && e.recordEmails().stream().anyMatch(m -> m.equalsIgnoreCase(p.email()))) {
      s += 0.12;
      reasons.add("the person's e-mail is listed in the record");
    }
    if (p.supervisorId() != null && coauthors.contains(p.supervisorId())) {
      s += 0.08;
      reasons.add("supervisor " + p.supervisorId() + " is a co-author");
    } else if (p.isStudent() && p.supervisorId() != null) {
      // Students nearly always publish with their supervisor.
      s -= 0.1;
      reasons.add("the student's supervisor " + p.supervisorId() + " is not among the authors");
    } else if (!p.isStudent()) {
      for (Person st : dictionary.studentsOf(p.id())) {
        if (coauthors.contains(st.id())) {
          s += 0.1;
          reasons.add("student " + st.id() + " is a co-author");
          break;
        }
      }
    }
    return new Candidate(p, Math.max(0, Math.min(1, s)), s, reasons);
  }

  private static String describeName(NameHit hit) {
    String what = switch (hit.reading.strength()) {
      case HANZI -> "same Chinese name";
      case FULL -> "same full name";
      case INITIALS -> "same surname and initials";
      case INITIAL -> "same surname and first initial";
    };
    return what + (hit.reading.swapped() ? " (name printed given-name first)" : "");
  }

  /** Lower-case helper for e-mail comparisons. */
  static String lower(String s) {
    return s == null ? null : s.toLowerCase(Locale.ROOT);
  }

  /** Whether a reading is weak enough that competition must be judged carefully. */
  static boolean weak(NameStrength s) {
    return s == NameStrength.INITIAL || s == NameStrength.INITIALS;
  }
}
