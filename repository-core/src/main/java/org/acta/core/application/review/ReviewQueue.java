package org.acta.core.application.review;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.acta.matching.model.Author;
import org.acta.matching.model.SourceRecord;

/**
 * Reads the review queue: authorship suggestions the last pipeline run left with outcome
 * {@code review}, minus those staff have answered since (their item's last counting event is an
 * attribute or unattribute), and the possible duplicate works it stored ({@link DuplicateQueue}).
 * A re-run sends a position back to review when the machine disagrees with a person; a staff
 * answer settles it, so such items do not come back.
 *
 * <p>Keyset paging in (score descending, attribution before duplicate, row id) order: the cursor
 * is the last item's score, kind and id, so a page never skips or repeats items while others are
 * decided.
 */
public final class ReviewQueue {
  public static final int MAX_LIMIT = 200;

  private static final String FROM = " FROM authorship_suggestion s JOIN work w ON w.id = s.work_id"
      + " LEFT JOIN decision_item di"
      + "   ON di.item_key = CONCAT('authorship:', w.work_key, '#', s.author_rank)"
      + " LEFT JOIN decision_event de ON de.id = di.last_event_id"
      + " LEFT JOIN person p ON p.code = s.person_code"
      + " LEFT JOIN unit u ON u.id = p.unit_id"
      + " LEFT JOIN person sp ON sp.id = p.supervisor_id"
      + " WHERE s.outcome = 'review' AND w.status = 'active'"
      + " AND (de.kind IS NULL OR de.kind NOT IN ('attribute', 'unattribute'))";

  private final DataSource dataSource;
  private final WorkSources workSources = new WorkSources();
  private final DuplicateQueue duplicates = new DuplicateQueue();

  public ReviewQueue(DataSource dataSource) {
    this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
  }

  /**
   * One page of the queue.
   *
   * @param cursor the previous page's {@code nextCursor}, or null for the first page
   * @param limit items per page, 1..{@value #MAX_LIMIT}
   * @throws IllegalArgumentException naming the field for a bad cursor or limit
   */
  public ReviewPage page(ReviewFilter filter, String cursor, int limit) {
    if (limit < 1 || limit > MAX_LIMIT) {
      throw new IllegalArgumentException("limit: must be 1.." + MAX_LIMIT + ", not " + limit);
    }
    QueueCursor after = cursor == null || cursor.isBlank() ? null : QueueCursor.parse(cursor);
    try (Connection c = dataSource.getConnection()) {
      long total = 0;
      List<Row> rows = List.of();
      List<DuplicateQueue.Row> pairs = List.of();
      if (filter.kind() != ReviewKind.DUPLICATE) {
        List<Object> args = new ArrayList<>();
        String where = filters(filter, args);
        total += count(c, where, args);
        rows = rows(c, where, args, after, limit + 1);
      }
      if (filter.kind() != ReviewKind.ATTRIBUTION) {
        total += duplicates.count(c, filter);
        pairs = duplicates.rows(c, filter, after, limit + 1);
      }
      // both kinds in one order: score descending, attribution first on equal scores, then id
      List<QueueCursor> order = new ArrayList<>();
      rows.forEach(r -> order.add(new QueueCursor(r.score(), false, r.id())));
      pairs.forEach(r -> order.add(new QueueCursor(r.score(), true, r.id())));
      order.sort(Comparator.comparing(QueueCursor::score).reversed()
          .thenComparing(QueueCursor::duplicate).thenComparingLong(QueueCursor::id));
      String next = order.size() > limit ? order.get(limit - 1).toString() : null;
      List<QueueCursor> shown = order.subList(0, Math.min(limit, order.size()));
      Set<Long> attributionIds = new HashSet<>();
      Set<Long> duplicateIds = new HashSet<>();
      shown.forEach(k -> (k.duplicate() ? duplicateIds : attributionIds).add(k.id()));
      Map<Long, ReviewItem> attribution = new HashMap<>();
      List<Row> keptRows = rows.stream().filter(r -> attributionIds.contains(r.id())).toList();
      List<ReviewItem> built = items(c, keptRows, true);
      for (int i = 0; i < keptRows.size(); i++) {
        attribution.put(keptRows.get(i).id(), built.get(i));
      }
      Map<Long, ReviewItem> duplicate = new HashMap<>();
      List<DuplicateQueue.Row> keptPairs = pairs.stream()
          .filter(r -> duplicateIds.contains(r.id())).toList();
      List<ReviewItem> builtPairs = duplicates.items(c, keptPairs, true);
      for (int i = 0; i < keptPairs.size(); i++) {
        duplicate.put(keptPairs.get(i).id(), builtPairs.get(i));
      }
      List<ReviewItem> items = new ArrayList<>(shown.size());
      shown.forEach(k -> items.add((k.duplicate() ? duplicate : attribution).get(k.id())));
      return new ReviewPage(items, next, total);
    } catch (SQLException e) {
      throw new IllegalStateException("cannot read the review queue: " + e.getMessage(), e);
    }
  }

  /** Attribution rows after the cursor, in queue order. */
  private static List<Row> rows(Connection c, String where, List<Object> args, QueueCursor after,
      int limit) throws SQLException {
    StringBuilder sql = new StringBuilder("SELECT s.id, w.id, w.work_key, s.author_rank,"
        + " s.author_name, s.score, s.reasons, COALESCE(di.version, 0), p.code, p.name_zh,"
        + " p.name_en, p.kind, u.code, COALESCE(u.name_zh, u.name_en), sp.code,"
        + " COALESCE(sp.name_zh, sp.name_en)").append(FROM).append(where);
    List<Object> pageArgs = new ArrayList<>(args);
    if (after != null && !after.duplicate()) {
      sql.append(" AND (s.score < ? OR (s.score = ? AND s.id > ?))");
      pageArgs.addAll(List.of(after.score(), after.score(), after.id()));
    } else if (after != null) {
      sql.append(" AND s.score < ?"); // equal scores: attribution items came first
      pageArgs.add(after.score());
    }
    sql.append(" ORDER BY s.score DESC, s.id ASC LIMIT ?");
    pageArgs.add(limit);
    List<Row> rows = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement(sql.toString())) {
      bind(ps, pageArgs);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          rows.add(Row.read(rs));
        }
      }
    }
    return rows;
  }

  /**
   * The item with this key (either kind) while it is in the queue, without details (what a
   * decision needs).
   *
   * @throws IllegalArgumentException naming the field when the key is neither kind's
   */
  public Optional<ReviewItem> find(String key) {
    if (!DuplicateItemKey.names(key)) {
      return find(ReviewItemKey.parse(key), false);
    }
    try (Connection c = dataSource.getConnection()) {
      return duplicates.find(c, DuplicateItemKey.parse(key), false);
    } catch (SQLException e) {
      throw new IllegalStateException("cannot read the review queue: " + e.getMessage(), e);
    }
  }

  /**
   * True when the item is in the queue and about this unit: an attribution proposing a person of
   * it, a possible duplicate with an author of it in either work.
   */
  public boolean inUnit(String key, String unit) {
    try {
      if (!DuplicateItemKey.names(key)) {
        return find(ReviewItemKey.parse(key), false)
            .map(i -> i.person() != null && unit.equals(i.person().unitCode())).orElse(false);
      }
      DuplicateItemKey pair = DuplicateItemKey.parse(key);
      try (Connection c = dataSource.getConnection()) {
        return duplicates.find(c, pair, false).isPresent() && duplicates.inUnit(c, pair, unit);
      }
    } catch (IllegalArgumentException e) {
      return false;
    } catch (SQLException e) {
      throw new IllegalStateException("cannot read the review queue: " + e.getMessage(), e);
    }
  }

  /** The item with this key while it is in the queue, with its sources and person's works. */
  public Optional<ReviewItem> find(ReviewItemKey key) {
    return find(key, true);
  }

  /**
   * The item with this key while it is in the queue; without details, its sources are left out
   * and the person's other works not counted (what a decision needs is the proposal).
   */
  public Optional<ReviewItem> find(ReviewItemKey key, boolean details) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement("SELECT s.id, w.id, w.work_key, s.author_rank,"
            + " s.author_name, s.score, s.reasons, COALESCE(di.version, 0), p.code, p.name_zh,"
            + " p.name_en, p.kind, u.code, COALESCE(u.name_zh, u.name_en), sp.code,"
            + " COALESCE(sp.name_zh, sp.name_en)" + FROM
            + " AND w.work_key = ? AND s.author_rank = ? ORDER BY s.score DESC LIMIT 1")) {
      ps.setString(1, key.workKey());
      ps.setInt(2, key.authorRank());
      List<Row> rows = new ArrayList<>();
      try (ResultSet rs = ps.executeQuery()) {
        if (rs.next()) {
          rows.add(Row.read(rs));
        }
      }
      return items(c, rows, details).stream().findFirst();
    } catch (SQLException e) {
      throw new IllegalStateException("cannot read the review queue: " + e.getMessage(), e);
    }
  }

  private static String filters(ReviewFilter f, List<Object> args) {
    StringBuilder where = new StringBuilder();
    if (f.unit() != null && !f.unit().isBlank()) {
      where.append(" AND s.unit_code = ?");
      args.add(f.unit().strip());
    }
    if (f.minScore() != null) {
      where.append(" AND s.score >= ?");
      args.add(BigDecimal.valueOf(f.minScore()));
    }
    if (f.maxScore() != null) {
      where.append(" AND s.score <= ?");
      args.add(BigDecimal.valueOf(f.maxScore()));
    }
    return where.toString();
  }

  private static long count(Connection c, String where, List<Object> args) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*)" + FROM + where)) {
      bind(ps, args);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }

  private static void bind(PreparedStatement ps, List<Object> args) throws SQLException {
    for (int i = 0; i < args.size(); i++) {
      ps.setObject(i + 1, args.get(i));
    }
  }

  /**
   * The items of these suggestion rows, with three queries for the whole page rather than some
   * per item: the source records of their works and the proposed people's works in the table.
   */
  private List<ReviewItem> items(Connection c, List<Row> rows, boolean details)
      throws SQLException {
    if (rows.isEmpty()) {
      return List.of();
    }
    Map<Long, List<WorkSources.Stored>> sources = details ? sources(c, rows) : Map.of();
    Map<String, Integer> works = details ? worksOf(c, rows) : Map.of();
    Set<String> inTable = details ? inTable(c, rows) : Set.of();
    List<ReviewItem> out = new ArrayList<>(rows.size());
    for (Row r : rows) {
      List<String> evidence = r.reasons() == null || r.reasons().isBlank() ? List.of()
          : Arrays.stream(r.reasons().split(";\\s*")).map(String::strip)
              .filter(e -> !e.isEmpty()).toList();
      ProposedPerson person = r.personCode() == null ? null
          : new ProposedPerson(r.personCode(), r.nameZh(), r.nameEn(), r.kind(), r.unitCode(),
              r.unitName(), r.supervisorCode(), r.supervisorName(),
              works.getOrDefault(r.personCode(), 0)
                  - (inTable.contains(r.personCode() + "\u0000" + r.workKey()) ? 1 : 0));
      List<ReviewSource> mine = new ArrayList<>();
      String title = null;
      Integer year = null;
      for (WorkSources.Stored s : sources.getOrDefault(r.workId(), List.of())) {
        Map<String, String> normalised = s.record() == null ? Map.of()
            : normalised(s.record(), r.rank());
        mine.add(new ReviewSource(s.id(), s.database(), s.fileName(), s.recordNumber(),
            s.verbatim(), normalised));
        title = title == null ? normalised.get("title") : title;
        String y = normalised.get("year");
        year = year == null && y != null ? Integer.valueOf(y) : year;
      }
      out.add(new ReviewItem(new ReviewItemKey(r.workKey(), r.rank()).toString(), r.version(),
          ReviewKind.ATTRIBUTION, r.workKey(), r.rank(), r.authorName(), title, year,
          r.score().doubleValue(), evidence, person, mine));
    }
    return out;
  }

  /** Works of the one table attributed to each proposed person. */
  private static Map<String, Integer> worksOf(Connection c, List<Row> rows) throws SQLException {
    List<String> people = rows.stream().map(Row::personCode).filter(Objects::nonNull).distinct()
        .toList();
    Map<String, Integer> out = new HashMap<>();
    if (people.isEmpty()) {
      return out;
    }
    // one row per (work, person) in the table: counting rows counts works
    try (PreparedStatement ps = c.prepareStatement("SELECT person_id, COUNT(*)"
        + " FROM table_row WHERE deleted = FALSE AND person_id IN (" + marks(people.size())
        + ") GROUP BY person_id")) {
      bind(ps, new ArrayList<>(people));
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.put(rs.getString(1), rs.getInt(2));
        }
      }
    }
    return out;
  }

  /** {@code person\u0000work} pairs of the page already in the table (not "other" works). */
  private static Set<String> inTable(Connection c, List<Row> rows) throws SQLException {
    List<Object> works = rows.stream().map(Row::workKey).distinct().map(w -> (Object) w)
        .toList();
    Set<String> out = new HashSet<>();
    try (PreparedStatement ps = c.prepareStatement("SELECT DISTINCT person_id, work_id"
        + " FROM table_row WHERE deleted = FALSE AND work_id IN (" + marks(works.size()) + ")")) {
      bind(ps, works);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(rs.getString(1) + "\u0000" + rs.getString(2));
        }
      }
    }
    return out;
  }

  private Map<Long, List<WorkSources.Stored>> sources(Connection c, List<Row> rows)
      throws SQLException {
    return workSources.load(c, rows.stream().map(Row::workId).toList());
  }

  private static String marks(int n) {
    return String.join(", ", java.util.Collections.nCopies(n, "?"));
  }

  /** The fields a reviewer compares across sources, absent ones left out. */
  static Map<String, String> normalised(SourceRecord r, int rank) {
    Map<String, String> m = new LinkedHashMap<>();
    put(m, "title", r.title());
    put(m, "titleAlt", r.titleAlt());
    put(m, "sourceTitle", r.sourceTitle());
    put(m, "year", r.year() == null ? null : String.valueOf(r.year()));
    put(m, "doi", r.ids() == null ? null : r.ids().doi());
    Author a = r.author(rank);
    if (a != null) {
      put(m, "author", a.name());
      put(m, "authorFullName", a.fullName());
      put(m, "authorNativeName", a.nativeName());
      List<String> affiliations = a.affiliationIndexes().stream()
          .filter(i -> i >= 0 && i < r.affiliations().size())
          .map(i -> r.affiliations().get(i)).toList();
      if (affiliations.isEmpty() && !r.affiliationsLinked()) {
        affiliations = r.affiliations(); // the source does not say whose: all of them
      }
      put(m, "affiliations", String.join(" | ", affiliations));
      put(m, "emails", String.join(", ", a.emails()));
      put(m, "orcid", a.orcid());
      put(m, "corresponding", a.corresponding() ? "true" : null);
    }
    put(m, "authors", r.authors().stream().map(Author::name)
        .collect(Collectors.joining("; ")));
    return m;
  }

  private static void put(Map<String, String> m, String key, String value) {
    if (value != null && !value.isBlank()) {
      m.put(key, value.strip());
    }
  }

  /** One suggestion row of the queue query, read before anything else is asked. */
  private record Row(long id, long workId, String workKey, int rank, String authorName,
      BigDecimal score, String reasons, long version, String personCode, String nameZh,
      String nameEn, String kind, String unitCode, String unitName, String supervisorCode,
      String supervisorName) {
    static Row read(ResultSet rs) throws SQLException {
      return new Row(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getInt(4),
          rs.getString(5), rs.getBigDecimal(6), rs.getString(7), rs.getLong(8), rs.getString(9),
          rs.getString(10), rs.getString(11), rs.getString(12), rs.getString(13),
          rs.getString(14), rs.getString(15), rs.getString(16));
    }
  }

}
