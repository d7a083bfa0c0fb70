package org.acta.matching.indexing;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One edition of an ESI paper list ({@code 2025-09} highly cited papers), kept after the next
 * edition arrives so that "was this paper ever highly cited, and when" can be answered.
 * Immutable.
 */
public final class EsiPaperList {
  private final EsiPaperKind kind;
  private final String edition;
  private final List<EsiPaper> papers;
  private final Map<String, EsiPaper> byDoi = new HashMap<>();
  private final Map<String, EsiPaper> byUt = new HashMap<>();

  public EsiPaperList(EsiPaperKind kind, String edition, List<EsiPaper> papers) {
    this.kind = Objects.requireNonNull(kind, "kind");
    this.edition = Objects.requireNonNull(edition, "edition").strip();
    this.papers = List.copyOf(papers);
    for (EsiPaper p : this.papers) {
      if (p.doiKey() != null) {
        byDoi.putIfAbsent(p.doiKey(), p);
      }
      if (p.utKey() != null) {
        byUt.putIfAbsent(p.utKey(), p);
      }
    }
  }

  public EsiPaperKind kind() {
    return kind;
  }

  public String edition() {
    return edition;
  }

  public List<EsiPaper> papers() {
    return papers;
  }

  /** The paper with one of these WoS UTs or DOIs (both already normalised), if listed. */
  public Optional<EsiPaper> find(java.util.Collection<String> uts,
      java.util.Collection<String> dois) {
    for (String u : uts) {
      EsiPaper p = byUt.get(u);
      if (p != null) {
        return Optional.of(p);
      }
    }
    for (String d : dois) {
      EsiPaper p = byDoi.get(d);
      if (p != null) {
        return Optional.of(p);
      }
    }
    return Optional.empty();
  }
}
