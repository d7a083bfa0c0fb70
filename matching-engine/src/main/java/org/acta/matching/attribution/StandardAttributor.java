package org.acta.matching.attribution;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.acta.matching.attribution.affiliation.AffiliationMatch;
import org.acta.matching.attribution.affiliation.AffiliationMatcher;
import org.acta.matching.attribution.dictionary.Person;
import org.acta.matching.attribution.dictionary.UniversityDictionary;
import org.acta.matching.attribution.name.AuthorNameReader;
import org.acta.matching.attribution.name.NameReading;
import org.acta.matching.attribution.person.AffiliationStatus;
import org.acta.matching.attribution.person.AuthorEvidence;
import org.acta.matching.attribution.person.Candidate;
import org.acta.matching.attribution.person.PersonMatcher;
import org.acta.matching.attribution.role.CorrespondingFinding;
import org.acta.matching.attribution.role.RoleResolver;
import org.acta.matching.explain.ListStyle;
import org.acta.matching.explain.Reason;
import org.acta.matching.explain.ReasonCode;
import org.acta.matching.model.Author;
import org.acta.matching.model.Correspondence;
import org.acta.matching.model.DocumentType;
import org.acta.matching.model.SourceRecord;
import org.acta.matching.work.Work;
import org.acta.matching.work.WorkField;

/**
 * The attribution engine: lines up the author lists of the work's records, gathers per position
 * the affiliation, e-mail and ORCID evidence, scores candidate people, assigns each person to at
 * most one position, and decides AUTO / REVIEW by the configured thresholds. Decisions made by
 * people win. Thread-safe; one instance serves a whole run.
 */
final class StandardAttributor implements Attributor {
  private final UniversityDictionary dictionary;
  private final AttributionConfig config;
  private final HumanDecisions humanDecisions;
  private final AffiliationMatcher affiliations;
  private final PersonMatcher persons;
  private final RoleResolver roles;
  private final WorkAuthorAligner aligner;
  private final AuthorNameReader nameReader = new AuthorNameReader();

  StandardAttributor(UniversityDictionary dictionary, AttributionConfig config,
      HumanDecisions humanDecisions, AffiliationMatcher affiliations, WorkAuthorAligner aligner,
      RoleResolver roles) {
    this.dictionary = dictionary;
    this.config = config;
    this.humanDecisions = humanDecisions;
    this.affiliations = affiliations;
    this.persons = new PersonMatcher(dictionary);
    this.roles = roles;
    this.aligner = aligner;
  }

  @Override
  public List<AuthorshipDecision> attribute(Work work) {
    List<AuthorSlot> slots = aligner.align(work);
    Integer year = year(work);
    List<AuthorEvidence> evidence = new ArrayList<>();
    for (AuthorSlot slot : slots) {
      evidence.add(evidence(slot, year));
    }
    // Who may be among the authors: everyone a position's name can stand for (supervisors of a
    // thesis too). A student's supervisor found there supports the student, and vice versa.
    Set<String> maybeAuthors = new HashSet<>(supervisors(work));
    for (AuthorEvidence e : evidence) {
      if (attributable(e)) {
        maybeAuthors.addAll(persons.plausiblePeople(e));
      }
    }
    List<List<Candidate>> perSlot = new ArrayList<>();
    for (AuthorEvidence e : evidence) {
      perSlot.add(attributable(e) ? persons.candidates(e, maybeAuthors) : List.of());
    }
    List<AuthorshipDecision> decisions = decide(work, slots, evidence, perSlot);
    return applyHumanDecisions(work, slots, evidence, decisions);
  }

  private static boolean attributable(AuthorEvidence e) {
    return e.status() == AffiliationStatus.LINKED_UNIVERSITY
        || e.status() == AffiliationStatus.UNLINKED_UNIVERSITY;
  }

  private List<AuthorshipDecision> decide(Work work, List<AuthorSlot> slots,
      List<AuthorEvidence> evidence, List<List<Candidate>> perSlot) {
    // Greedy: the surest position takes its person first; a person is used once per work.
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < slots.size(); i++) {
      if (!perSlot.get(i).isEmpty()) {
        order.add(i);
      }
    }
    order.sort(Comparator.comparingDouble((Integer i) -> -perSlot.get(i).get(0).rank())
        .thenComparingInt(i -> i));
    Set<String> used = new HashSet<>();
    Map<Integer, AuthorshipDecision> out = new HashMap<>();
    for (int i : order) {
      List<Candidate> cands = perSlot.get(i).stream()
          .filter(c -> !used.contains(c.person().id())).toList();
      if (cands.isEmpty()) {
        continue;
      }
      Candidate best = cands.get(0);
      Candidate second = cands.size() > 1 ? cands.get(1) : null;
      double lead = second == null ? 1 : best.rank() - second.rank();
      Outcome outcome;
      if (best.score() >= config.autoThreshold() && lead >= config.margin()) {
        outcome = Outcome.AUTO;
      } else if (best.score() >= config.reviewThreshold()) {
        outcome = Outcome.REVIEW;
      } else {
        continue;
      }
      List<Reason> reasons = new ArrayList<>(best.why());
      if (second != null && lead < config.margin()) {
        reasons.add(ReasonCode.ALSO_POSSIBLE.with(second.person().id(),
            String.valueOf(second.person().displayName()), second.score()));
      }
      used.add(best.person().id());
      out.put(i, decision(work, slots.get(i), evidence.get(i), best.person(), best.score(),
          outcome, reasons));
    }
    List<AuthorshipDecision> list = new ArrayList<>();
    for (int i = 0; i < slots.size(); i++) {
      if (out.containsKey(i)) {
        list.add(out.get(i));
      }
    }
    return list;
  }

  private AuthorshipDecision decision(Work work, AuthorSlot slot, AuthorEvidence e, Person p,
      double score, Outcome outcome, List<Reason> reasons) {
    CorrespondingFinding corr = roles.corresponding(slot, p);
    List<Reason> why = new ArrayList<>(reasons);
    if (corr.corresponding()) {
      why.add(ReasonCode.CORRESPONDING.with(Reason.list(ListStyle.COMMA,
          List.copyOf(corr.naming()))));
    }
    if (corr.conflict()) {
      why.add(ReasonCode.CORRESPONDING_CONFLICT.with(Reason.list(ListStyle.COMMA,
          List.copyOf(corr.notNaming()))));
    }
    return new AuthorshipDecision(work.id(), slot.rank(), slot.displayName(), p.id(),
        p.displayName(), p.kind(), p.unitId(), round(score), outcome, why, slot.rank() == 1,
        corr.corresponding(), roles.firstAffiliationIsInstitution(slot));
  }

  private static double round(double v) {
    return Math.round(v * 1000) / 1000.0;
  }

  private List<AuthorshipDecision> applyHumanDecisions(Work work, List<AuthorSlot> slots,
      List<AuthorEvidence> evidence, List<AuthorshipDecision> machine) {
    List<HumanDecision> human = humanDecisions.forWork(work.id());
    if (human.isEmpty()) {
      return machine;
    }
    Map<Integer, AuthorshipDecision> byRank = new HashMap<>();
    machine.forEach(d -> byRank.put(d.authorRank(), d));
    for (HumanDecision h : human) {
      AuthorshipDecision current = byRank.get(h.authorRank());
      if (!h.accepted()) {
        if (current != null && current.personId().equals(h.personId())) {
          byRank.remove(h.authorRank());
        }
        continue;
      }
      Person p = dictionary.person(h.personId());
      if (p == null || h.authorRank() < 1 || h.authorRank() > slots.size()) {
        continue;
      }
      // The person cannot also hold another position of the work.
      byRank.values()
          .removeIf(d -> d.personId().equals(p.id()) && d.authorRank() != h.authorRank());
      AuthorSlot slot = slots.get(h.authorRank() - 1);
      byRank.put(h.authorRank(), decision(work, slot, evidence.get(h.authorRank() - 1), p, 1.0,
          Outcome.AUTO, List.of(ReasonCode.HUMAN_DECIDED.with())));
    }
    List<AuthorshipDecision> out = new ArrayList<>(byRank.values());
    out.sort(Comparator.comparingInt(AuthorshipDecision::authorRank));
    return out;
  }

  private AuthorEvidence evidence(AuthorSlot slot, Integer year) {
    List<NameReading> readings = new ArrayList<>();
    Set<String> seenKeys = new HashSet<>();
    boolean linkedUni = false;
    boolean linkedAny = false;
    Set<String> linkedUnits = new LinkedHashSet<>();
    double linkedConf = 0;
    boolean unlinkedUni = false;
    boolean onlyUni = true;
    Set<String> unlinkedUnits = new LinkedHashSet<>();
    double unlinkedConf = 0;
    List<String> emails = new ArrayList<>();
    List<String> recordEmails = new ArrayList<>();
    List<String> orcids = new ArrayList<>();
    for (AuthorSlot.View v : slot.views()) {
      Author a = v.author();
      SourceRecord r = v.record();
      for (String form : a.nameForms()) {
        for (NameReading nr : nameReader.read(form)) {
          if (seenKeys.add(nr.key())) {
            readings.add(nr);
          }
        }
      }
      emails.addAll(a.emails());
      for (Correspondence c : r.correspondence()) {
        if (c.authorPositions().contains(a.position())) {
          emails.addAll(c.emails());
        }
      }
      recordEmails.addAll(r.emails());
      if (a.orcid() != null && !a.orcid().isBlank()) {
        orcids.add(a.orcid().strip());
      }
      if (!a.affiliationIndexes().isEmpty()) {
        for (int idx : a.affiliationIndexes()) {
          if (idx < 0 || idx >= r.affiliations().size()) {
            continue;
          }
          linkedAny = true;
          AffiliationMatch m = affiliations.match(r.affiliations().get(idx));
          if (m.institution()) {
            linkedUni = true;
            linkedUnits.addAll(m.unitIds());
            linkedConf = Math.max(linkedConf, m.confidence());
          }
        }
      } else if (!recordLinksOthers(r)) {
        for (String aff : organisations(r)) {
          AffiliationMatch m = affiliations.match(aff);
          if (m.institution()) {
            unlinkedUni = true;
            unlinkedUnits.addAll(m.unitIds());
            unlinkedConf = Math.max(unlinkedConf, m.confidence());
          } else {
            onlyUni = false;
          }
        }
      }
    }
    AffiliationStatus status;
    Set<String> units;
    double conf;
    if (linkedUni) {
      status = AffiliationStatus.LINKED_UNIVERSITY;
      units = linkedUnits;
      conf = linkedConf;
    } else if (linkedAny) {
      status = AffiliationStatus.ELSEWHERE;
      units = Set.of();
      conf = 0;
    } else if (unlinkedUni) {
      status = AffiliationStatus.UNLINKED_UNIVERSITY;
      units = unlinkedUnits;
      conf = unlinkedConf;
    } else {
      status = AffiliationStatus.NONE;
      units = Set.of();
      conf = 0;
    }
    return new AuthorEvidence(slot.rank(), slot.displayName(), readings, status, units,
        status == AffiliationStatus.UNLINKED_UNIVERSITY && onlyUni, emails, recordEmails, orcids,
        year, conf);
  }

  /**
   * The organisations a record lists. A thesis names its degree-granting university as publisher
   * (CNKI 学位授予单位), which is its author's affiliation when the record has no other.
   */
  private static List<String> organisations(SourceRecord r) {
    if (r.affiliations().isEmpty() && r.documentType() == DocumentType.THESIS
        && r.sourceTitle() != null && !r.sourceTitle().isBlank()) {
      return List.of(r.sourceTitle());
    }
    return r.affiliations();
  }

  /**
   * People of the dictionary named as the work's supervisors (CNKI theses): not authors, but a
   * student author supervised by one of them is more likely the university's student.
   */
  private Set<String> supervisors(Work work) {
    Set<String> ids = new HashSet<>();
    for (SourceRecord r : work.records()) {
      for (String name : r.supervisors()) {
        for (NameReading nr : nameReader.read(name)) {
          if (nr.strength() == org.acta.matching.attribution.name.NameStrength.HANZI
              || nr.strength() == org.acta.matching.attribution.name.NameStrength.FULL) {
            dictionary.byNameKey(nr.key()).forEach(p -> ids.add(p.id()));
          }
        }
      }
    }
    return ids;
  }

  /**
   * A record that links some authors to affiliations but not this one says nothing about this
   * author's affiliation (EI prints authors without numbers when it has none for them).
   */
  private static boolean recordLinksOthers(SourceRecord r) {
    for (Author other : r.authors()) {
      if (!other.affiliationIndexes().isEmpty()) {
        return true;
      }
    }
    return false;
  }

  private static Integer year(Work work) {
    String merged = work.merged().get(WorkField.YEAR);
    if (merged != null) {
      try {
        return Integer.valueOf(merged.strip());
      } catch (NumberFormatException ignored) {
        // fall through to the records
      }
    }
    for (SourceRecord r : work.records()) {
      if (r.year() != null) {
        return r.year();
      }
    }
    return null;
  }
}
