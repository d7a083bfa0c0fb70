package org.acta.matching.dedup;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.acta.matching.model.SourceRecord;
import org.acta.matching.work.Work;
import org.acta.matching.work.WorkIds;
import org.acta.matching.work.WorkMerger;

/**
 * Turns what linking decided into works and possible matches: ids, merged views, evidence. It
 * holds no match record: by the time merged views are built (the largest allocation of a run),
 * the normalised keys of every record can already be collected.
 *
 * @param clusterOf per record, its cluster: dense ids numbered in the order of each cluster's
 *     first record, which is the order of the works
 * @param clusters number of clusters
 * @param naturalKeys per record, {@link SourceRecord#naturalKey()} (the work id derives from it)
 * @param evidence per cluster, the sentences that joined its records, or null for none
 * @param possible pairs for review, in the order they are reported
 */
record WorkAssembly(int[] clusterOf, int clusters, String[] naturalKeys, List<String>[] evidence,
    List<PossibleLink> possible) {

  /** A pair for review, by record index, before the work ids are known. */
  record PossibleLink(int a, int b, double probability, List<String> evidence) {}

  /** Works (in the order of their first record) and possible matches. */
  DedupResult assemble(List<SourceRecord> records, WorkMerger merger) {
    int[] start = new int[clusters + 1];
    for (int c : clusterOf) {
      start[c + 1]++;
    }
    for (int c = 0; c < clusters; c++) {
      start[c + 1] += start[c];
    }
    int[] members = new int[records.size()];
    int[] fill = Arrays.copyOf(start, clusters);
    for (int i = 0; i < clusterOf.length; i++) {
      members[fill[clusterOf[i]]++] = i;
    }
    String[] ids = new String[clusters];
    IntStream.range(0, clusters).parallel().forEach(c -> {
      List<String> keys = new ArrayList<>(start[c + 1] - start[c]);
      for (int x = start[c]; x < start[c + 1]; x++) {
        keys.add(naturalKeys[members[x]]);
      }
      ids[c] = WorkIds.ofNaturalKeys(keys);
    });
    Map<String, Integer> usedIds = new HashMap<>(clusters * 2);
    for (int c = 0; c < clusters; c++) {
      int seen = usedIds.merge(ids[c], 1, Integer::sum);
      if (seen > 1) {
        ids[c] = ids[c] + "-" + seen; // identical records a hard rule kept apart
      }
    }
    usedIds = null;
    Work[] built = new Work[clusters];
    IntStream.range(0, clusters).parallel().forEach(c -> {
      List<SourceRecord> in = new ArrayList<>(start[c + 1] - start[c]);
      for (int x = start[c]; x < start[c + 1]; x++) {
        in.add(records.get(members[x]));
      }
      built[c] = new Work(ids[c], in, merger.merge(in), evidence[c] == null ? List.of() : evidence[c]);
    });
    List<PossibleMatch> out = new ArrayList<>(possible.size());
    for (PossibleLink p : possible) {
      out.add(new PossibleMatch(ids[clusterOf[p.a()]], records.get(p.a()).sourceKey(),
          ids[clusterOf[p.b()]], records.get(p.b()).sourceKey(), p.probability(), p.evidence()));
    }
    return new DedupResult(Arrays.asList(built), out);
  }
}
