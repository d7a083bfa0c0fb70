package org.acta.core.application.mine;

import java.util.List;
import java.util.Objects;
import javax.sql.DataSource;
import org.acta.core.application.decision.DecisionKind;
import org.acta.core.application.decision.DecisionService;
import org.acta.core.application.decision.NewDecision;
import org.acta.core.application.pipeline.PersonRows;
import org.acta.matching.pipeline.TableRow;

/**
 * A person's own rows of the one table and their answers to them. A confirmation or a rejection
 * is a decision in the log (so no pipeline run overrides it) and changes the row's status at once
 * (so HR's next pull and the person see it without waiting for a run).
 */
public final class MyPublications {

  /** The reason codes a person may give for a rejection. */
  public static final List<String> REJECT_REASONS =
      List.of("not_me", "wrong_unit", "duplicate", "not_a_publication", "other");

  private final DecisionService decisions;
  private final PersonRows rows;

  public MyPublications(DataSource dataSource) {
    Objects.requireNonNull(dataSource, "dataSource");
    this.decisions = new DecisionService(dataSource);
    this.rows = new PersonRows(dataSource);
  }

  /** The person's current rows, each with its decision version. */
  public List<MyPublication> of(String personCode) {
    return rows.of(personCode).stream()
        .map(r -> new MyPublication(r, decisions.currentVersion(MyPublication.itemKey(r))))
        .toList();
  }

  /**
   * The person confirms the row is theirs.
   *
   * @param expectedVersion the decision version the person saw, or null for the current one
   * @throws NotYoursException when the row is someone else's
   * @throws IllegalArgumentException when there is no such row
   * @throws org.acta.core.application.decision.DecisionConflictException when someone decided the
   *     position since {@code expectedVersion}
   */
  public MyPublication confirm(String personCode, String rowId, Long expectedVersion,
      String actor) {
    return decide(personCode, rowId, DecisionKind.CONFIRM, null, null, expectedVersion, actor,
        "confirmed");
  }

  /** The person rejects the row with a coded reason and optional words; see {@link #confirm}. */
  public MyPublication reject(String personCode, String rowId, String reasonCode, String comment,
      Long expectedVersion, String actor) {
    if (!REJECT_REASONS.contains(reasonCode)) {
      throw new IllegalArgumentException("reasonCode must be one of " + REJECT_REASONS + ": "
          + reasonCode);
    }
    return decide(personCode, rowId, DecisionKind.REJECT, reasonCode, comment, expectedVersion,
        actor, "disputed");
  }

  private MyPublication decide(String personCode, String rowId, DecisionKind kind,
      String reasonCode, String comment, Long expectedVersion, String actor, String status) {
    TableRow row = rows.find(rowId).filter(r -> !r.deleted())
        .orElseThrow(() -> new IllegalArgumentException("no row " + rowId));
    if (!row.personId().equals(personCode)) {
      throw new NotYoursException(rowId);
    }
    long expected = expectedVersion != null ? expectedVersion
        : decisions.currentVersion(MyPublication.itemKey(row));
    var done = decisions.record(new NewDecision(kind, row.workId(), row.authorRank(), personCode,
        null, actor, comment == null || comment.isBlank() ? null : comment.strip(), reasonCode,
        null, null, null, expected));
    // If this second step fails the decision still stands: the next pipeline run applies it.
    TableRow now = rows.decide(rowId, status);
    return new MyPublication(now, done.itemVersion());
  }
}
