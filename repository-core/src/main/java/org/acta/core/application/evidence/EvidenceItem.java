package org.acta.core.application.evidence;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.acta.matching.explain.Reason;
import org.acta.matching.explain.ReasonRenderer;

/**
 * One piece of evidence as the API gives it: its stable code, its arguments (an argument that is
 * a reason is again {@code {code, args}}) and its words in the reader's language.
 *
 * @param code e.g. {@code dedup.doi.same}; {@code text} for evidence stored before codes existed
 * @param args the arguments by name, e.g. {@code {"doi": "10.1/x"}}
 * @param text the evidence in words, in the language asked for
 */
public record EvidenceItem(String code, Map<String, Object> args, String text) {

  /** The reasons rendered in {@code locale}, with their codes and arguments. */
  public static List<EvidenceItem> of(List<Reason> reasons, Locale locale) {
    ReasonRenderer words = ReasonRenderer.of(locale);
    List<EvidenceItem> out = new ArrayList<>(reasons.size());
    for (Reason r : reasons) {
      out.add(new EvidenceItem(r.code(), r.args(), words.render(r)));
    }
    return out;
  }

  /** The words of each item. */
  public static List<String> texts(List<EvidenceItem> items) {
    return items.stream().map(EvidenceItem::text).toList();
  }

  /** The reason this item renders. */
  public Reason reason() {
    return new Reason(code, args);
  }
}
