package org.acta.matching.dedup.cluster;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import org.acta.matching.explain.Reason;
import org.acta.matching.explain.ReasonCode;

/**
 * Union–find over match links, strongest first. Two clusters are joined only if no pair of
 * their members is forbidden ({@code cannotLink} returns a reason), checked member by member; a
 * refused link is reported so it can go to review.
 */
public final class ConstrainedClusterer {
  private final int[] parent;
  private final List<List<Integer>> members;
  private final BiFunction<Integer, Integer, Reason> cannotLink;
  private final int maxClusterSize;

  /**
   * @param n number of records
   * @param cannotLink reason why two records may not share a work, or null
   * @param maxClusterSize no work grows beyond this many records
   */
  public ConstrainedClusterer(int n, BiFunction<Integer, Integer, Reason> cannotLink, int maxClusterSize) {
    this.parent = new int[n];
    this.members = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      parent[i] = i;
      members.add(null);
    }
    this.cannotLink = cannotLink;
    this.maxClusterSize = maxClusterSize;
  }

  public int find(int i) {
    int r = i;
    while (parent[r] != r) {
      r = parent[r];
    }
    while (parent[i] != r) {
      int next = parent[i];
      parent[i] = r;
      i = next;
    }
    return r;
  }

  /**
   * Joins the clusters of {@code a} and {@code b} unless a member pair is forbidden.
   *
   * @return null when joined (or already together), else the reason for refusing
   */
  public Reason link(int a, int b) {
    int ra = find(a);
    int rb = find(b);
    if (ra == rb) {
      return null;
    }
    List<Integer> ma = membersOf(ra);
    List<Integer> mb = membersOf(rb);
    if (ma.size() + mb.size() > maxClusterSize) {
      return ReasonCode.DEDUP_WORK_TOO_LARGE.with(maxClusterSize);
    }
    for (int x : ma) {
      for (int y : mb) {
        Reason why = cannotLink.apply(x, y);
        if (why != null) {
          return why;
        }
      }
    }
    // smaller under larger keeps the trees flat
    if (ma.size() < mb.size()) {
      int t = ra;
      ra = rb;
      rb = t;
      List<Integer> tm = ma;
      ma = mb;
      mb = tm;
    }
    parent[rb] = ra;
    List<Integer> joined = new ArrayList<>(ma.size() + mb.size());
    joined.addAll(ma);
    joined.addAll(mb);
    members.set(ra, joined);
    members.set(rb, null);
    return null;
  }

  private List<Integer> membersOf(int root) {
    List<Integer> m = members.get(root);
    return m == null ? List.of(root) : m;
  }
}
