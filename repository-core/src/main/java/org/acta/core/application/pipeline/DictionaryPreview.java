package org.acta.core.application.pipeline;

import java.util.List;

/**
 * What a dictionary change would do to the attributions of the current works: every author
 * position is compared before and after, people's decisions laid over both as a pipeline run
 * would. Nothing is saved.
 *
 * @param change the change, in words
 * @param works works attributed (the current ones)
 * @param positions author positions compared
 * @param added positions that would get a table row (none or in review before)
 * @param removed positions whose table row would go (none after)
 * @param moved positions whose row would name another person or unit
 * @param toReview positions that would newly go to the review queue
 * @param leftReview positions in review that would leave it without a row
 * @param examples a few of the changes, for people to judge
 * @param millis how long the preview took
 */
public record DictionaryPreview(String change, int works, int positions, int added,
    int removed, int moved, int toReview, int leftReview, List<Example> examples, long millis) {

  /** The most examples a preview lists. */
  public static final int MAX_EXAMPLES = 20;

  public DictionaryPreview {
    examples = List.copyOf(examples);
  }

  /** Whether the change changes any attribution at all. */
  public boolean changesNothing() {
    return added + removed + moved + toReview + leftReview == 0;
  }

  /**
   * One changed author position.
   *
   * @param kind {@code added}, {@code removed}, {@code moved}, {@code to_review} or
   *     {@code left_review}
   * @param workId the work's stable id
   * @param title the work's title
   * @param authorRank the author position
   * @param author the name as printed
   * @param before the attribution before the change
   * @param after the attribution after it
   */
  public record Example(String kind, String workId, String title, int authorRank,
      String author, Attribution before, Attribution after) {}

  /**
   * An author position's state: a row of the table ({@code auto}, or the status a person gave
   * it), in review with a proposed person, or {@code none}.
   *
   * @param state {@code table}, {@code review} or {@code none}
   * @param personCode the person of the row or proposal, else null
   * @param personName their name, else null
   * @param unitCode the row's unit, else null
   */
  public record Attribution(String state, String personCode, String personName,
      String unitCode) {
    static final Attribution NONE = new Attribution("none", null, null, null);
  }
}
