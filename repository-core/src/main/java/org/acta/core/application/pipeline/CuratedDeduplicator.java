package org.acta.core.application.pipeline;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.ToLongFunction;
import org.acta.core.application.decision.DecisionAnchors;
import org.acta.core.application.decision.DecisionKind;
import org.acta.core.application.decision.WorkCuration;
import org.acta.matching.dedup.DedupConfig;
import org.acta.matching.dedup.DedupResult;
import org.acta.matching.dedup.Deduplicator;
import org.acta.matching.dedup.PossibleMatch;
import org.acta.matching.model.SourceRecord;
import org.acta.matching.work.Work;
import org.acta.matching.work.WorkIds;
import org.acta.matching.work.WorkMerger;

/**
 * The engine's clusters with people's merges, splits and keep-aparts laid over them, in the order
 * people made them (humans win, on every run): a merge puts the clusters that hold most of each
 * side's records into one; a split takes its named records out of whatever cluster the engine put
 * them in, into a work of their own; a keep-apart takes the other work's records out of the
 * decided work's cluster when the engine put them together. Clusters no decision touched are the
 * engine's, unchanged.
 *
 * <p>The engine's possible duplicates follow: a pair whose records people put in one work, or
 * said are apart (a keep-apart, or a split between them), is not proposed again; the others name
 * the works their records are in after the decisions.
 */
final class CuratedDeduplicator implements Deduplicator {
  private final Deduplicator engine;
  private final WorkCuration curation;
  private final ToLongFunction<SourceRecord> recordId;
  private final WorkMerger merger = new WorkMerger(DedupConfig.defaults().mergeRules());

  /** @param recordId the stable database id of a record the engine is given */
  CuratedDeduplicator(Deduplicator engine, WorkCuration curation,
      ToLongFunction<SourceRecord> recordId) {
    this.engine = Objects.requireNonNull(engine, "engine");
    this.curation = Objects.requireNonNull(curation, "curation");
    this.recordId = Objects.requireNonNull(recordId, "recordId");
  }

  @Override
  public DedupResult deduplicate(List<SourceRecord> records) {
    DedupResult machine = engine.deduplicate(records);
    if (curation.isEmpty()) {
      return machine;
    }
    // Mutable clusters: index -> members (null once emptied); every reading of a record id.
    List<List<SourceRecord>> clusters = new ArrayList<>();
    List<List<String>> notes = new ArrayList<>();
    Map<SourceRecord, Integer> where = new IdentityHashMap<>();
    Map<Long, List<SourceRecord>> readings = new HashMap<>();
    for (Work w : machine.works()) {
      int i = clusters.size();
      clusters.add(new ArrayList<>(w.records()));
      notes.add(null);
      for (SourceRecord r : w.records()) {
        where.put(r, i);
        readings.computeIfAbsent(recordId.applyAsLong(r), k -> new ArrayList<>()).add(r);
      }
    }
    List<Apart> apart = new ArrayList<>();
    for (WorkCuration.Event e : curation.events()) {
      if (e.kind() == DecisionKind.KEEP_APART) {
        List<SourceRecord> mine = readingsOf(e.work(), readings);
        Set<Long> own = new HashSet<>(e.work());
        List<SourceRecord> theirs = readingsOf(
            e.other().stream().filter(id -> !own.contains(id)).toList(), readings);
        apart.add(new Apart(mine, theirs));
        Integer a = majority(e.work(), readings, where);
        Integer b = majority(e.other(), readings, where);
        if (a == null || b == null || !a.equals(b)) {
          continue; // the engine keeps them apart already (or the records are gone)
        }
        List<SourceRecord> leaving = new ArrayList<>();
        for (SourceRecord r : theirs) {
          if (where.get(r) == a.intValue()) {
            leaving.add(r);
          }
        }
        Set<SourceRecord> leavingSet = Collections.newSetFromMap(new IdentityHashMap<>());
        leavingSet.addAll(leaving);
        clusters.get(a).removeIf(leavingSet::contains);
        note(notes, a, "another work kept apart by a person (decision " + e.eventId() + ")");
        int to = clusters.size();
        clusters.add(leaving);
        notes.add(null);
        leaving.forEach(r -> where.put(r, to));
        note(notes, to, "kept apart from another work by a person (decision " + e.eventId() + ")");
      } else if (e.kind() == DecisionKind.MERGE) {
        Integer a = majority(e.work(), readings, where);
        Integer b = majority(e.other(), readings, where);
        if (a == null || b == null || a.equals(b)) {
          continue; // already together, or the records are gone: nothing to do
        }
        for (SourceRecord r : clusters.get(b)) {
          where.put(r, a);
        }
        clusters.get(a).addAll(clusters.get(b));
        clusters.set(b, null);
        note(notes, a, "merged by a person (decision " + e.eventId() + ")");
      } else {
        List<SourceRecord> leaving = new ArrayList<>();
        Set<SourceRecord> leavingSet = Collections.newSetFromMap(new IdentityHashMap<>());
        Set<Integer> left = new LinkedHashSet<>();
        for (long id : e.leave()) {
          for (SourceRecord r : readings.getOrDefault(id, List.of())) {
            leaving.add(r);
            leavingSet.add(r);
            left.add(where.get(r));
          }
        }
        if (leaving.isEmpty()) {
          continue;
        }
        int to = clusters.size();
        for (int from : left) {
          clusters.get(from).removeIf(r -> where.get(r) == from && leavingSet.contains(r));
          if (clusters.get(from).isEmpty()) {
            clusters.set(from, null);
          } else {
            note(notes, from, "records split out by a person (decision " + e.eventId() + ")");
          }
        }
        List<SourceRecord> staying = new ArrayList<>();
        for (int from : left) {
          if (clusters.get(from) != null) {
            staying.addAll(clusters.get(from));
          }
        }
        apart.add(new Apart(leaving, staying));
        clusters.add(leaving);
        notes.add(null);
        leaving.forEach(r -> where.put(r, to));
        note(notes, to, "split out by a person (decision " + e.eventId() + ")");
      }
    }
    return rebuild(machine, clusters, notes, where, apart);
  }

  /** Two sets of records people said are different publications. */
  private record Apart(List<SourceRecord> one, List<SourceRecord> other) {}

  private static List<SourceRecord> readingsOf(List<Long> ids,
      Map<Long, List<SourceRecord>> readings) {
    List<SourceRecord> out = new ArrayList<>();
    for (long id : ids) {
      out.addAll(readings.getOrDefault(id, List.of()));
    }
    return out;
  }

  private DedupResult rebuild(DedupResult machine, List<List<SourceRecord>> clusters,
      List<List<String>> notes, Map<SourceRecord, Integer> where, List<Apart> apart) {
    List<Work> works = new ArrayList<>();
    Map<String, Integer> used = new HashMap<>();
    String[] idOf = new String[clusters.size()];
    for (int i = 0; i < clusters.size(); i++) {
      List<SourceRecord> members = clusters.get(i);
      if (members == null || members.isEmpty()) {
        continue;
      }
      if (notes.get(i) == null && i < machine.works().size()) {
        works.add(machine.works().get(i)); // untouched by people: the engine's work as it is
        used.merge(machine.works().get(i).id(), 1, Integer::sum);
        idOf[i] = machine.works().get(i).id();
        continue;
      }
      List<String> evidence = new ArrayList<>(notes.get(i));
      String id = WorkIds.of(members);
      int seen = used.merge(id, 1, Integer::sum);
      Work w = new Work(seen > 1 ? id + "-" + seen : id, members, merger.merge(members),
          evidence);
      works.add(w);
      idOf[i] = w.id();
    }
    return new DedupResult(works, possible(machine, where, apart, idOf));
  }

  /**
   * The engine's possible duplicates between the works as people left them: a pair now in one
   * work, or in works people said are apart, is left out.
   */
  private static List<PossibleMatch> possible(DedupResult machine,
      Map<SourceRecord, Integer> where, List<Apart> apart, String[] idOf) {
    Map<String, SourceRecord> byKey = new HashMap<>();
    where.keySet().forEach(r -> byKey.putIfAbsent(r.sourceKey(), r));
    Set<Long> decidedApart = new HashSet<>();
    for (Apart a : apart) {
      Set<Integer> one = clustersOf(a.one(), where);
      Set<Integer> other = clustersOf(a.other(), where);
      for (int x : one) {
        for (int y : other) {
          decidedApart.add(pairOf(x, y));
        }
      }
    }
    List<PossibleMatch> out = new ArrayList<>();
    for (PossibleMatch m : machine.possibleMatches()) {
      SourceRecord ra = byKey.get(m.sourceKeyA());
      SourceRecord rb = byKey.get(m.sourceKeyB());
      if (ra == null || rb == null) {
        continue;
      }
      int ca = where.get(ra);
      int cb = where.get(rb);
      if (ca == cb || decidedApart.contains(pairOf(ca, cb))) {
        continue; // people decided: one work, or two
      }
      out.add(new PossibleMatch(idOf[ca], m.sourceKeyA(), idOf[cb], m.sourceKeyB(),
          m.probability(), m.evidence()));
    }
    return out;
  }

  private static Set<Integer> clustersOf(List<SourceRecord> records,
      Map<SourceRecord, Integer> where) {
    Set<Integer> out = new HashSet<>();
    for (SourceRecord r : records) {
      Integer c = where.get(r);
      if (c != null) {
        out.add(c);
      }
    }
    return out;
  }

  private static long pairOf(int x, int y) {
    return ((long) Math.min(x, y) << 32) | Math.max(x, y);
  }

  private static void note(List<List<String>> notes, int i, String note) {
    if (notes.get(i) == null) {
      notes.set(i, new ArrayList<>());
    }
    notes.get(i).add(note);
  }

  /** The cluster that holds most readings of these records, or null when none is placed. */
  private static Integer majority(List<Long> recordIds, Map<Long, List<SourceRecord>> readings,
      Map<SourceRecord, Integer> where) {
    String best = DecisionAnchors.resolve(recordIds, id -> {
      List<SourceRecord> rs = readings.get(id);
      return rs == null || rs.isEmpty() ? null : String.format("%012d", where.get(rs.get(0)));
    }, null);
    return best == null ? null : Integer.valueOf(best);
  }
}
