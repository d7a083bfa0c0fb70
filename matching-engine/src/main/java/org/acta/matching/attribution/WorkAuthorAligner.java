package org.acta.matching.attribution;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.acta.matching.attribution.name.LooseNameKey;
import org.acta.matching.model.Author;
import org.acta.matching.model.SourceDatabase;
import org.acta.matching.model.SourceRecord;
import org.acta.matching.work.Work;

/**
 * Lines up the author lists of a work's records into positions. The reference is the record with
 * the longest author list (WoS before EI before CNKI on ties, as they link authors to
 * affiliations). Another record's author joins the reference author at the same position when the
 * names can be the same person (王小明 ~ Wang, XM), else the one reference author whose name fits;
 * with equal list lengths the position decides (non-pinyin romanisations such as Chang Wei-Ming).
 */
final class WorkAuthorAligner {
  private final LooseNameKey loose;

  WorkAuthorAligner(LooseNameKey loose) {
    this.loose = loose;
  }

  List<AuthorSlot> align(Work work) {
    List<SourceRecord> records = new ArrayList<>(work.records());
    if (records.isEmpty()) {
      return List.of();
    }
    if (records.size() == 1) {
      List<AuthorSlot> slots = new ArrayList<>();
      for (Author a : records.get(0).authors()) {
        slots.add(new AuthorSlot(slots.size() + 1,
            List.of(new AuthorSlot.View(records.get(0), a))));
      }
      return slots;
    }
    records.sort(Comparator.comparingInt((SourceRecord r) -> -r.authors().size())
        .thenComparingInt(r -> sourceOrder(r.source())));
    SourceRecord ref = records.get(0);
    List<AuthorSlot> slots = new ArrayList<>();
    List<Set<String>> refKeys = new ArrayList<>();
    for (Author a : ref.authors()) {
      slots.add(new AuthorSlot(slots.size() + 1, List.of(new AuthorSlot.View(ref, a))));
      refKeys.add(keys(a));
    }
    for (SourceRecord r : records.subList(1, records.size())) {
      boolean sameLength = r.authors().size() == ref.authors().size();
      boolean[] taken = new boolean[slots.size()];
      for (int i = 0; i < r.authors().size(); i++) {
        Author a = r.authors().get(i);
        Set<String> k = keys(a);
        int target = -1;
        if (i < slots.size() && !taken[i] && LooseNameKey.compatible(k, refKeys.get(i))) {
          target = i;
        } else {
          for (int j = 0; j < slots.size(); j++) {
            if (!taken[j] && LooseNameKey.compatible(k, refKeys.get(j))) {
              if (target >= 0) {
                target = -2; // two fit: ambiguous
                break;
              }
              target = j;
            }
          }
          if (target < 0 && sameLength && i < slots.size() && !taken[i]) {
            target = i;
          }
        }
        if (target >= 0) {
          taken[target] = true;
          slots.get(target).views().add(new AuthorSlot.View(r, a));
        }
      }
    }
    return slots;
  }

  private Set<String> keys(Author a) {
    Set<String> out = new java.util.LinkedHashSet<>();
    for (String form : a.nameForms()) {
      out.addAll(loose.of(form));
    }
    return out;
  }

  static int sourceOrder(SourceDatabase s) {
    return switch (s) {
      case WOS -> 0;
      case EI -> 1;
      case CNKI -> 2;
      default -> 3;
    };
  }
}
