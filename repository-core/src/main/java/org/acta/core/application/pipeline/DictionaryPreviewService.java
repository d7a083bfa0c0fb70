package org.acta.core.application.pipeline;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import javax.sql.DataSource;
import org.acta.core.application.decision.AuthorshipOverride;
import org.acta.core.application.decision.HumanDecisions;
import org.acta.core.application.directory.DictionaryChange;
import org.acta.core.application.pipeline.DictionaryPreview.Attribution;
import org.acta.core.application.pipeline.DictionaryPreview.Example;
import org.acta.matching.attribution.Attributors;
import org.acta.matching.attribution.AuthorshipDecision;
import org.acta.matching.attribution.dictionary.Person;
import org.acta.matching.attribution.dictionary.Unit;
import org.acta.matching.attribution.dictionary.UniversityDictionary;
import org.acta.matching.dedup.DedupResult;
import org.acta.matching.pipeline.OfflinePipeline;
import org.acta.matching.pipeline.PipelineResult;
import org.acta.matching.pipeline.TableRow;
import org.acta.matching.work.Work;
import org.acta.matching.work.WorkField;

/**
 * A dry run of a dictionary change: the current works are attributed by the pipeline's own code
 * ({@link OfflinePipeline#attribute}, {@link Attributors#standard}, people's decisions laid over
 * by {@link HumanOverlay}) once under today's dictionaries and once under the changed ones, and
 * every author position compared. Both sides are computed here rather than the changed side
 * compared with the stored suggestions, so the difference is the change's alone, even when the
 * pipeline has not run since the last import. Nothing is written.
 */
public final class DictionaryPreviewService {
  private final DataSource dataSource;

  public DictionaryPreviewService(DataSource dataSource) {
    this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
  }

  /**
   * What the change would do.
   *
   * @throws IllegalArgumentException naming the field or row when the change does not fit the
   *     current dictionaries
   */
  public DictionaryPreview preview(DictionaryChange change) {
    long started = System.currentTimeMillis();
    try (Connection c = dataSource.getConnection()) {
      // one snapshot: works, dictionaries and decisions as of the same moment
      c.setAutoCommit(false);
      c.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
      try {
        List<Unit> units = DatabaseDictionary.units(c);
        List<Person> people = DatabaseDictionary.people(c);
        List<Unit> unitsAfter = change.units(units);
        List<Person> peopleAfter = change.people(people, unitsAfter);
        CurrentWorks current = CurrentWorks.load(c);
        Map<String, Map<Integer, AuthorshipOverride>> decisions =
            HumanDecisions.load(c, current::workOf);
        // the two sides are independent: the changed one on another core meanwhile
        java.util.concurrent.CompletableFuture<Map<String, Attribution>> changed =
            java.util.concurrent.CompletableFuture.supplyAsync(
                () -> attribute(current.works(), unitsAfter, peopleAfter, decisions));
        Map<String, Attribution> before = attribute(current.works(), units, people, decisions);
        Map<String, Attribution> after = join(changed);
        return compare(change.describe(), current.works(), before, after,
            System.currentTimeMillis() - started);
      } finally {
        c.rollback(); // read only
      }
    } catch (SQLException e) {
      throw new IllegalStateException("dictionary preview failed: " + e.getMessage(), e);
    }
  }

  private static Map<String, Attribution> join(
      java.util.concurrent.CompletableFuture<Map<String, Attribution>> side) {
    try {
      return side.join();
    } catch (java.util.concurrent.CompletionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      throw e;
    }
  }

  /** Each author position's state under these dictionaries, by {@code workKey#rank}. */
  private static Map<String, Attribution> attribute(DedupResult works, List<Unit> units,
      List<Person> people, Map<String, Map<Integer, AuthorshipOverride>> decisions) {
    Map<String, Attribution> out = new HashMap<>();
    if (units.isEmpty() || people.isEmpty()) {
      return out; // no dictionary, no attribution (as in a pipeline run)
    }
    UniversityDictionary dictionary = UniversityDictionary.of(units, people);
    PipelineResult result = new OfflinePipeline(records -> works,
        Optional.of(Attributors.standard(dictionary))).attribute(works, w -> true);
    HumanOverlay human = HumanOverlay.apply(result, decisions, dictionary);
    for (AuthorshipDecision d : result.decisions()) {
      if ("review".equals(human.storedOutcome(d))) {
        out.putIfAbsent(d.workId() + "#" + d.authorRank(),
            new Attribution("review", d.personId(), d.personName(), d.unitId()));
      }
    }
    for (TableRow row : human.rows()) {
      // a row wins over a review proposal at the same position
      out.put(row.workId() + "#" + row.authorRank(),
          new Attribution("table", row.personId(), row.personName(), row.unitId()));
    }
    return out;
  }

  private static DictionaryPreview compare(String change, DedupResult works,
      Map<String, Attribution> before, Map<String, Attribution> after, long millis) {
    Map<String, Work> byKey = new HashMap<>();
    works.works().forEach(w -> byKey.put(w.id(), w));
    Map<String, Attribution> positions = new TreeMap<>(before); // sorted: stable examples
    after.keySet().forEach(k -> positions.putIfAbsent(k, Attribution.NONE));
    int added = 0;
    int removed = 0;
    int moved = 0;
    int toReview = 0;
    int leftReview = 0;
    List<Example> examples = new ArrayList<>();
    for (String key : positions.keySet()) {
      Attribution b = before.getOrDefault(key, Attribution.NONE);
      Attribution a = after.getOrDefault(key, Attribution.NONE);
      String kind = kind(b, a);
      if (kind == null) {
        continue;
      }
      switch (kind) {
        case "added" -> added++;
        case "removed" -> removed++;
        case "moved" -> moved++;
        case "to_review" -> toReview++;
        default -> leftReview++;
      }
      if (examples.size() < DictionaryPreview.MAX_EXAMPLES) {
        int hash = key.lastIndexOf('#');
        Work w = byKey.get(key.substring(0, hash));
        int rank = Integer.parseInt(key.substring(hash + 1));
        examples.add(new Example(kind, w.id(), w.merged().get(WorkField.TITLE), rank,
            authorName(w, rank), b, a));
      }
    }
    return new DictionaryPreview(change, works.works().size(), positions.size(), added, removed,
        moved, toReview, leftReview, examples, millis);
  }

  /** How a position changes, or null when it does not. */
  private static String kind(Attribution b, Attribution a) {
    boolean wasRow = b.state().equals("table");
    boolean isRow = a.state().equals("table");
    if (wasRow && isRow) {
      return Objects.equals(b.personCode(), a.personCode())
          && Objects.equals(b.unitCode(), a.unitCode()) ? null : "moved";
    }
    if (isRow) {
      return "added";
    }
    if (a.state().equals("review")) {
      // the same proposal still in review is no change; another one is news for the queue
      return b.state().equals("review") && Objects.equals(b.personCode(), a.personCode())
          ? null : "to_review";
    }
    if (wasRow) {
      return "removed";
    }
    return b.state().equals("review") ? "left_review" : null;
  }

  private static String authorName(Work w, int rank) {
    return RejectionPatterns.authorName(w, rank);
  }
}
