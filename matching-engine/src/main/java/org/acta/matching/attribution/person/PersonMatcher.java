package org.acta.matching.attribution.person;

import static org.acta.matching.explain.ReasonCode.*;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.acta.matching.attribution.dictionary.Person;
import org.acta.matching.attribution.dictionary.UniversityDictionary;
import org.acta.matching.attribution.name.NameReading;
import org.acta.matching.attribution.name.NameStrength;
import org.acta.matching.attribution.name.NameText;
import org.acta.matching.explain.ListStyle;
import org.acta.matching.explain.Reason;

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
    return candidates(e, coauthorCandidates, true);
  }

  /**
   * Candidates, best first; with {@code explain} false the reasons are left empty (a cheaper
   * pass used to learn who may be among a work's authors).
   */
  public List<Candidate> candidates(AuthorEvidence e, Set<String> coauthorCandidates,
      boolean explain) {
    Map<String, NameHit> hits = new HashMap<>();
    for (NameReading r : e.readings()) {
      double w = r.strength().weight() - (r.swapped() ? 0.06 : 0);
      for (Person p : lookup(r, e)) {
        NameHit prev = hits.get(p.id());
        if (prev == null || prev.weight < w) {
          hits.put(p.id(), new NameHit(p, w, r));
        }
      }
    }
    if (hits.isEmpty()) {
      return List.of();
    }
    String hanzi = e.hanzi();
    Map<String, List<Reason>> idEvidence = new HashMap<>();
    for (String email : e.emails()) {
      for (Person p : dictionary.byEmail(email)) {
        idEvidence.computeIfAbsent(p.id(), k -> new ArrayList<>()).add(ID_EMAIL.with(email));
      }
    }
    for (String orcid : e.orcids()) {
      for (Person p : dictionary.byOrcid(orcid)) {
        idEvidence.computeIfAbsent(p.id(), k -> new ArrayList<>()).add(ID_ORCID.with(orcid));
      }
    }
    Set<String> mailOwners = new java.util.HashSet<>();
    for (String email : e.emails()) {
      dictionary.byEmail(email).forEach(p -> mailOwners.add(p.id()));
    }
    Set<String> supervisorsOfCoauthors = new java.util.HashSet<>();
    for (String id : coauthorCandidates) {
      Person c = dictionary.person(id);
      if (c != null && c.supervisorId() != null) {
        supervisorsOfCoauthors.add(c.supervisorId());
      }
    }
    Context ctx = new Context(e, coauthorCandidates, mailOwners, supervisorsOfCoauthors);
    List<NameHit> pool = new ArrayList<>(hits.values());
    if (hanzi != null) {
      // The source prints Chinese characters: people with other characters are not candidates.
      pool.removeIf(h -> dictionary.hasChineseName(h.person)
          && !NameText.hanOnly(h.person.nameZh()).equals(hanzi));
    }
    if (pool.size() > MAX_SCORED) {
      // A weak key (surname + initial) can hit thousands of people: keep those the affiliation
      // and the years allow, then the strongest names.
      List<NameHit> plausible = new ArrayList<>();
      for (NameHit h : pool) {
        boolean unitOk = e.unitIds().isEmpty() || e.unitIds().stream()
            .anyMatch(u -> dictionary.unitsAgree(h.person.unitId(), u));
        if ((unitOk && h.person.yearsOutside(e.year()) <= 1) || idEvidence.containsKey(
            h.person.id())) {
          plausible.add(h);
        }
      }
      pool = plausible;
      if (pool.size() > MAX_SCORED) {
        pool.sort(Comparator.comparingDouble((NameHit h) -> -h.weight)
            .thenComparing(h -> h.person.id()));
        pool = new ArrayList<>(pool.subList(0, MAX_SCORED));
      }
    }
    List<Candidate> out = new ArrayList<>(pool.size());
    for (NameHit hit : pool) {
      out.add(score(hit, ctx, idEvidence.getOrDefault(hit.person.id(), List.of()), null));
    }
    out.sort(Comparator.comparingDouble((Candidate c) -> -c.rank())
        .thenComparing(c -> c.person().id()));
    // Explain only the candidates anyone will read.
    for (int i = 0; explain && i < Math.min(EXPLAINED, out.size()); i++) {
      Candidate c = out.get(i);
      out.set(i, score(hits.get(c.person().id()), ctx,
          idEvidence.getOrDefault(c.person().id(), List.of()), new ArrayList<>()));
    }
    return out;
  }

  private static final int MAX_SCORED = 40;

  /**
   * The ids of the people the position can plausibly be, without scoring: the name fits (with the
   * Chinese-character check), the unit named agrees, the year is within their time at the
   * university (give or take one). Who may be among a work's authors, for the co-author evidence
   * of the other positions.
   */
  public Set<String> plausiblePeople(AuthorEvidence e) {
    Set<String> ids = new java.util.HashSet<>();
    String hanzi = e.hanzi();
    for (NameReading r : e.readings()) {
      if (r.strength() == NameStrength.INITIAL) {
        continue; // one initial is too weak to vouch for anybody
      }
      for (Person p : lookup(r, e)) {
        if (hanzi != null && dictionary.hasChineseName(p)
            && !NameText.hanOnly(p.nameZh()).equals(hanzi)) {
          continue;
        }
        if (p.yearsOutside(e.year()) > 1) {
          continue;
        }
        boolean unitOk = e.unitIds().isEmpty();
        for (String u : e.unitIds()) {
          unitOk |= dictionary.unitsAgree(p.unitId(), u);
        }
        if (unitOk) {
          ids.add(p.id());
        }
      }
    }
    return ids;
  }

  /**
   * The people a reading points to. A weak reading (surname + initials) that hits more than
   * {@link #MAX_SCORED} people is only looked up in the units the affiliation names: such a name
   * could never be applied on its own, and scanning thousands of namesakes per author would not
   * scale to a university of 200,000 people.
   */
  private List<Person> lookup(NameReading r, AuthorEvidence e) {
    List<Person> all = dictionary.byNameKey(r.key());
    boolean weak = r.strength() == NameStrength.INITIALS || r.strength() == NameStrength.INITIAL;
    if (!weak || all.size() <= MAX_SCORED) {
      return all;
    }
    Set<String> units = new java.util.LinkedHashSet<>();
    for (String u : e.unitIds()) {
      units.addAll(dictionary.agreeingUnits(u));
    }
    List<Person> out = new ArrayList<>();
    for (String u : units) {
      out.addAll(dictionary.byNameKeyInUnit(r.key(), u));
    }
    return out;
  }
  private static final int EXPLAINED = 3;

  private record Context(AuthorEvidence e, Set<String> coauthors, Set<String> mailOwners,
      Set<String> supervisorsOfCoauthors) {}

  private record NameHit(Person person, double weight, NameReading reading) {}

  private Candidate score(NameHit hit, Context ctx, List<Reason> ids, List<Reason> reasonsOrNull) {
    Person p = hit.person;
    AuthorEvidence e = ctx.e();
    Set<String> coauthors = ctx.coauthors();
    Reasons reasons = new Reasons(reasonsOrNull);
    double s = hit.weight;
    reasons.add(() -> describeName(hit));
    switch (e.status()) {
      case LINKED_UNIVERSITY -> reasons.add(AFFILIATION_LINKED.with());
      case UNLINKED_UNIVERSITY -> {
        s -= e.onlyUniversity() ? 0.02 : 0.1;
        reasons.add(e.onlyUniversity() ? AFFILIATION_ONLY_ORGANISATION.with()
            : AFFILIATION_AMONG_ORGANISATIONS.with());
      }
      default -> {
        s -= 0.5;
        reasons.add(AFFILIATION_NONE.with());
      }
    }
    if (e.affiliationConfidence() > 0 && e.affiliationConfidence() < 0.9) {
      s -= 0.05;
      reasons.add(AFFILIATION_UNUSUAL.with());
    }
    if (!e.unitIds().isEmpty() && p.unitId() != null) {
      boolean agree = false;
      for (String u : e.unitIds()) {
        agree |= dictionary.unitsAgree(p.unitId(), u);
      }
      if (agree) {
        s += 0.08;
        reasons.add(() -> UNIT_AGREES.with(p.unitId()));
      } else {
        // Unlinked: the record's university entries name other units, so this author is more
        // likely one of its other organisations' people.
        s -= e.status() == AffiliationStatus.LINKED_UNIVERSITY ? 0.2 : 0.35;
        reasons.add(() -> UNIT_DIFFERS.with(Reason.list(ListStyle.SLASH, List.copyOf(e.unitIds())),
            p.unitId()));
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
      reasons.add(() -> YEARS_OUTSIDE.with(e.year(), outside));
    }
    if (!ids.isEmpty()) {
      s = Math.max(s, 0.9) + 0.25;
      reasons.add(() -> ID_SAME.with(Reason.list(ListStyle.COMMA, ids)));
    } else {
      if (p.orcid() != null && !e.orcids().isEmpty()
          && e.orcids().stream().noneMatch(o -> o.equalsIgnoreCase(p.orcid()))) {
        s -= 0.5;
        reasons.add(ORCID_OTHER.with());
      }
      if (p.email() != null && !ctx.mailOwners().isEmpty()) {
        boolean otherPersonsMail = !ctx.mailOwners().contains(p.id());
        if (otherPersonsMail) {
          s -= 0.3;
          reasons.add(EMAIL_OTHER.with());
        }
      }
    }
    if (ids.isEmpty() && p.email() != null && listed(e.recordEmails(), p.email())) {
      s += 0.12;
      reasons.add(EMAIL_LISTED.with());
    }
    if (p.supervisorId() != null && coauthors.contains(p.supervisorId())) {
      s += 0.08;
      reasons.add(() -> SUPERVISOR_COAUTHOR.with(p.supervisorId()));
    } else if (p.isStudent() && p.supervisorId() != null) {
      // Students nearly always publish with their supervisor.
      s -= 0.1;
      reasons.add(() -> SUPERVISOR_ABSENT.with(p.supervisorId()));
    } else if (!p.isStudent() && ctx.supervisorsOfCoauthors().contains(p.id())) {
      s += 0.1;
      reasons.add(() -> STUDENT_COAUTHOR.with(p.id()));
    }
    return new Candidate(p, Math.max(0, Math.min(1, s)), s, reasons.list());
  }

  private static boolean listed(List<String> emails, String email) {
    for (String m : emails) {
      if (m.equalsIgnoreCase(email)) {
        return true;
      }
    }
    return false;
  }

  /** Collects reasons only when asked to explain; scoring thousands of candidates stays cheap. */
  private static final class Reasons {
    private final List<Reason> list;

    Reasons(List<Reason> list) {
      this.list = list;
    }

    void add(Reason reason) {
      if (list != null) {
        list.add(reason);
      }
    }

    void add(java.util.function.Supplier<Reason> reason) {
      if (list != null) {
        list.add(reason.get());
      }
    }

    List<Reason> list() {
      return list == null ? List.of() : list;
    }
  }

  private static Reason describeName(NameHit hit) {
    Reason what = switch (hit.reading.strength()) {
      case HANZI -> NAME_HANZI.with();
      case FULL -> NAME_FULL.with();
      case INITIALS -> NAME_INITIALS.with();
      case INITIAL -> NAME_INITIAL.with();
    };
    return hit.reading.swapped() ? NAME_SWAPPED.with(what) : what;
  }
}
