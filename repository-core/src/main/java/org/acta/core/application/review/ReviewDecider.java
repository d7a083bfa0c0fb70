package org.acta.core.application.review;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import javax.sql.DataSource;
import org.acta.core.application.decision.DecisionConflictException;
import org.acta.core.application.decision.DecisionKind;
import org.acta.core.application.decision.DecisionService;
import org.acta.core.application.decision.NewDecision;
import org.acta.core.application.decision.RecordedDecision;
import org.acta.core.application.decision.WorkCurationService;

/**
 * Turns reviewers' answers into decision events through {@link DecisionService}, whose optimistic
 * lock refuses an answer to an item someone else decided since: accept attributes the position
 * to the proposed person, reject unattributes it with a reason code, reassign attributes it to
 * another person. The event carries the machine's score and evidence. A possible duplicate is
 * merged (accept: same work) or kept apart (reject: different works). Each item of a bulk
 * decision stands alone: one conflict does not stop the others.
 */
public final class ReviewDecider {
  private final DataSource dataSource;
  private final ReviewQueue queue;
  private final DecisionService decisions;
  private final WorkCurationService curation;

  public ReviewDecider(DataSource dataSource) {
    this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
    this.queue = new ReviewQueue(dataSource);
    this.decisions = new DecisionService(dataSource);
    this.curation = new WorkCurationService(dataSource);
  }

  /** Decides one item; the outcome says whether it was recorded and, if not, why. */
  public ReviewOutcome decide(ReviewDecision d, String actor) {
    if (DuplicateItemKey.names(d.key())) {
      return decideDuplicate(d, actor);
    }
    String key = d.key();
    try {
      ReviewItemKey parsed = ReviewItemKey.parse(key);
      key = parsed.toString();
      if (d.action() == null) {
        return invalid(key, d.version(), "action", "action: accept, reject or reassign");
      }
      Optional<ReviewItem> found = queue.find(parsed, false);
      if (found.isEmpty()) {
        long now = decisions.currentVersion(key);
        return new ReviewOutcome(key, now != d.version() ? ReviewOutcome.CONFLICT
            : ReviewOutcome.GONE, null, now, null, now != d.version()
            ? "someone else decided " + key + " (version " + now + ", you saw " + d.version() + ")"
            : key + " is not in the review queue (decided, or the pipeline ran again)");
      }
      ReviewItem item = found.get();
      NewDecision event = switch (d.action()) {
        case ACCEPT -> {
          if (item.person() == null) {
            throw new IllegalArgumentException(
                "action: the item proposes nobody to accept; reassign or reject it");
          }
          yield attribute(parsed, item.person().code(), d, item, actor);
        }
        case REJECT -> {
          if (blank(d.reasonCode())) {
            throw new IllegalArgumentException("reasonCode: a reject needs a reason code");
          }
          yield new NewDecision(DecisionKind.UNATTRIBUTE, parsed.workKey(), parsed.authorRank(),
              null, null, actor, d.reason(), d.reasonCode().strip(), item.score(),
              evidence(item), null, d.version());
        }
        case REASSIGN -> {
          if (blank(d.personCode())) {
            throw new IllegalArgumentException("personCode: reassign needs the person");
          }
          if (!personExists(d.personCode().strip())) {
            throw new IllegalArgumentException("personCode: no person '" + d.personCode() + "'");
          }
          yield attribute(parsed, d.personCode().strip(), d, item, actor);
        }
      };
      RecordedDecision done = decisions.record(event);
      return new ReviewOutcome(key, ReviewOutcome.RECORDED, done.eventId(), done.itemVersion(),
          null, null);
    } catch (DecisionConflictException e) {
      return new ReviewOutcome(key, ReviewOutcome.CONFLICT, null, e.currentVersion(), "version",
          e.getMessage());
    } catch (IllegalArgumentException e) {
      String message = e.getMessage() == null ? "invalid decision" : e.getMessage();
      int colon = message.indexOf(':');
      String field = colon > 0 && message.substring(0, colon).matches("[a-zA-Z]+")
          ? message.substring(0, colon) : null;
      return invalid(key, d.version(), field, message);
    }
  }

  /** Decides each item on its own, in order; one outcome per decision. */
  public List<ReviewOutcome> decideAll(List<ReviewDecision> all, String actor) {
    List<ReviewOutcome> out = new ArrayList<>(all.size());
    for (ReviewDecision d : all) {
      out.add(decide(d, actor));
    }
    return out;
  }

  /**
   * Same work (accept): a merge of the two works; different works (reject): a keep-apart, which
   * deduplication honours on every later run. Both through {@link WorkCurationService}, so the
   * work screen's history and undo show them. A reason code is not needed.
   *
   * <p>The lock that matters is the pair's: while it is in the queue nobody has decided it, even
   * if its first work's item moved on (another pair of the same work was decided: a series' Part 1
   * against Parts 2 and 3). So the decision names the work item's version read before the pair is
   * looked up; a decision of the same pair committed in between then fails on that version.
   */
  private ReviewOutcome decideDuplicate(ReviewDecision d, String actor) {
    String key = d.key();
    try {
      DuplicateItemKey parsed = DuplicateItemKey.parse(key);
      key = parsed.toString();
      if (d.action() == null || d.action() == ReviewAction.REASSIGN) {
        return invalid(key, d.version(), "action",
            "action: a possible duplicate is accepted (same work) or rejected (different works)");
      }
      long now = decisions.currentVersion(parsed.decisionItem());
      Optional<ReviewItem> found = queue.find(key);
      if (found.isEmpty()) {
        return new ReviewOutcome(key, now != d.version() ? ReviewOutcome.CONFLICT
            : ReviewOutcome.GONE, null, now, null, now != d.version()
            ? "someone else decided " + key + " or its works (version " + now + ", you saw "
                + d.version() + ")"
            : key + " is not in the review queue (decided, or the pipeline ran again)");
      }
      String reason = d.reason();
      if (d.reasonCode() != null && !d.reasonCode().isBlank()) {
        reason = d.reasonCode().strip() + (reason == null || reason.isBlank() ? "" : ": " + reason);
      }
      reason = (reason == null || reason.isBlank() ? "" : reason + " ")
          + "(review: " + String.format(Locale.ROOT, "%.4f", found.get().score()) + ")";
      RecordedDecision done = d.action() == ReviewAction.ACCEPT
          ? curation.merge(parsed.workKey(), parsed.otherWorkKey(), actor, reason, now)
          : curation.keepApart(parsed.workKey(), parsed.otherWorkKey(), actor, reason, now);
      return new ReviewOutcome(key, ReviewOutcome.RECORDED, done.eventId(), done.itemVersion(),
          null, null);
    } catch (DecisionConflictException e) {
      return new ReviewOutcome(key, ReviewOutcome.CONFLICT, null, e.currentVersion(), "version",
          e.getMessage());
    } catch (IllegalArgumentException e) {
      return invalid(key, d.version(), "key", e.getMessage());
    }
  }

  private static NewDecision attribute(ReviewItemKey key, String person, ReviewDecision d,
      ReviewItem item, String actor) {
    return new NewDecision(DecisionKind.ATTRIBUTE, key.workKey(), key.authorRank(), person, null,
        actor, d.reason(), null, item.score(), evidence(item), null, d.version());
  }

  /** The machine's proposal and reasons, kept with the event: what the reviewer answered. */
  private static String evidence(ReviewItem item) {
    JsonArrayBuilder reasons = Json.createArrayBuilder();
    item.evidence().forEach(reasons::add);
    var o = Json.createObjectBuilder().add("review", item.key()).add("reasons", reasons);
    if (item.person() != null) {
      o.add("proposed", item.person().code());
    }
    return o.build().toString();
  }

  private boolean personExists(String code) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement("SELECT 1 FROM person WHERE code = ?")) {
      ps.setString(1, code);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next();
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e.getMessage(), e);
    }
  }

  private static ReviewOutcome invalid(String key, long version, String field, String detail) {
    return new ReviewOutcome(key, ReviewOutcome.INVALID, null, version, field, detail);
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }
}
