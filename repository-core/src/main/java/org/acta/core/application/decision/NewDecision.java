package org.acta.core.application.decision;

import java.util.Objects;

/**
 * A decision someone makes.
 *
 * @param kind what it does
 * @param workKey the work's stable id (as in the one table's {@code work_id})
 * @param authorRank 1-based author position, for authorship kinds
 * @param personCode the person, for attribute, confirm, reject and set_corresponding
 * @param flag the value for set_corresponding
 * @param actor login of the person deciding, or {@code system}
 * @param reason free text, why
 * @param reasonCode coded reason (required for reject: {@code not_me}, {@code not_affiliated},
 *     ...)
 * @param score the score behind a machine decision, 0..1, or null
 * @param evidenceJson the features behind it, a JSON document, or null
 * @param reverses the event an undo reverses
 * @param expectedVersion the item's version its maker saw (0 for an item never decided)
 */
public record NewDecision(
    DecisionKind kind,
    String workKey,
    Integer authorRank,
    String personCode,
    Boolean flag,
    String actor,
    String reason,
    String reasonCode,
    Double score,
    String evidenceJson,
    Long reverses,
    long expectedVersion) {

  public NewDecision {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(workKey, "workKey");
    if (actor == null || actor.isBlank()) {
      throw new IllegalArgumentException("a decision needs its actor");
    }
    if (kind.aboutAuthorship() && (authorRank == null || authorRank < 1)) {
      throw new IllegalArgumentException(kind.code() + " needs an author rank");
    }
    if ((kind == DecisionKind.ATTRIBUTE || kind == DecisionKind.CONFIRM
        || kind == DecisionKind.REJECT || kind == DecisionKind.SET_CORRESPONDING)
        && (personCode == null || personCode.isBlank())) {
      throw new IllegalArgumentException(kind.code() + " needs a person");
    }
    if (kind == DecisionKind.REJECT && (reasonCode == null || reasonCode.isBlank())) {
      throw new IllegalArgumentException("reject needs a reason code");
    }
    if (kind == DecisionKind.SET_CORRESPONDING && flag == null) {
      throw new IllegalArgumentException("set_corresponding needs true or false");
    }
    if (kind == DecisionKind.UNDO && reverses == null) {
      throw new IllegalArgumentException("undo needs the event it reverses");
    }
    if (score != null && (score < 0 || score > 1)) {
      throw new IllegalArgumentException("score must be 0..1: " + score);
    }
  }

  /** The item the decision is about: the lock and the history key. */
  public String itemKey() {
    return kind.aboutAuthorship() ? "authorship:" + workKey + "#" + authorRank : "work:" + workKey;
  }
}
