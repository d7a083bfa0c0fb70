package org.acta.matching.attribution;

import java.util.ArrayList;
import java.util.List;
import org.acta.matching.model.Author;
import org.acta.matching.model.SourceRecord;

/**
 * One author position of a work with the author entries of every record that print it.
 *
 * @param rank 1-based position in the work's author list
 * @param views the (record, author) pairs at this position
 */
public record AuthorSlot(int rank, List<View> views) {

  /** One record's author entry. */
  public record View(SourceRecord record, Author author) {}

  public AuthorSlot {
    views = new ArrayList<>(views);
  }

  /** The fullest printed form for display: WoS AF / EI name before the short forms. */
  public String displayName() {
    String best = null;
    for (View v : views) {
      for (String form : v.author().nameForms()) {
        if (best == null || form.length() > best.length()) {
          best = form;
        }
      }
    }
    return best == null ? "" : best;
  }
}
