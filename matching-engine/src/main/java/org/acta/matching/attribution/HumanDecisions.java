package org.acta.matching.attribution;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The decisions people made, looked up by work and position. Immutable. */
public final class HumanDecisions {
  public static final HumanDecisions NONE = new HumanDecisions(List.of());

  private final Map<String, List<HumanDecision>> byWork = new HashMap<>();

  public HumanDecisions(Collection<HumanDecision> decisions) {
    for (HumanDecision d : decisions) {
      byWork.computeIfAbsent(d.workId(), k -> new java.util.ArrayList<>()).add(d);
    }
  }

  /** All decisions about a work. */
  public List<HumanDecision> forWork(String workId) {
    return byWork.getOrDefault(workId, List.of());
  }
}
