package org.acta.core.application.mine;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javax.sql.DataSource;
import org.acta.core.domain.shared.DuplicateKeyException;
import org.acta.core.domain.shared.UnknownReferenceException;
import org.acta.core.infrastructure.records.SourceRecordJson;
import org.acta.matching.model.Author;
import org.acta.matching.model.DocumentType;
import org.acta.matching.model.Identifiers;
import org.acta.matching.model.RecordOrigin;
import org.acta.matching.model.SourceDatabase;
import org.acta.matching.model.SourceRecord;
import org.acta.matching.model.VerbatimHash;

/**
 * Stores a publication a person enters by hand as a source record of origin {@link
 * SourceDatabase#MANUAL}, in a batch of its own, so that it goes through deduplication and
 * attribution like any export record (and merges with the export record when one arrives later).
 *
 * <p>The verbatim text is the form as JSON, with the person's code: what the person typed is kept
 * exactly. The parsed record names the person at their author position with their e-mail and ORCID
 * from the directory and their unit (and its parents) as affiliation: the evidence attribution uses
 * for any record, and the reason it finds the person here.
 */
public final class ManualPublications {
  /** {@code detected_format} of the records this class stores. */
  public static final String FORMAT = "manual-form";

  private final DataSource dataSource;

  public ManualPublications(DataSource dataSource) {
    this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
  }

  /**
   * Stores the entry for the person.
   *
   * @throws UnknownReferenceException when the person is not in the directory
   * @throws DuplicateKeyException when the person sent the same entry before
   */
  public ManualSubmission add(String personCode, String actor, ManualEntry entry) {
    String verbatim = verbatim(personCode, entry);
    String naturalKey = "MANUAL|" + personCode + "|sha256:" + VerbatimHash.of(verbatim);
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(false);
      try {
        Directory person = directory(c, personCode);
        SourceRecord record = record(entry, person, actor, verbatim);
        long batch = batch(c, actor);
        long id;
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO source_record (batch_id,"
                + " source_database, natural_key, file_name, detected_format, detected_charset,"
                + " record_number, first_line, last_line, verbatim_text, verbatim_sha256,"
                + " parsed_fields) VALUES (?, ?, ?, ?, ?, 'UTF-8', 1, 1, 1, ?, ?, ?)",
            Statement.RETURN_GENERATED_KEYS)) {
          ps.setLong(1, batch);
          ps.setString(2, SourceDatabase.MANUAL.name());
          ps.setString(3, naturalKey);
          ps.setString(4, record.origin().fileName());
          ps.setString(5, FORMAT);
          ps.setString(6, verbatim);
          ps.setString(7, VerbatimHash.of(verbatim));
          ps.setString(8, new SourceRecordJson().write(record));
          ps.executeUpdate();
          try (ResultSet keys = ps.getGeneratedKeys()) {
            keys.next();
            id = keys.getLong(1);
          }
        } catch (java.sql.SQLIntegrityConstraintViolationException e) {
          throw new DuplicateKeyException("publication entered by hand", entry.title());
        }
        c.commit();
        return submitted(c, personCode).stream().filter(s -> s.id() == id).findFirst()
            .orElseThrow();
      } catch (SQLException | RuntimeException e) {
        c.rollback();
        throw e;
      }
    } catch (SQLException e) {
      throw new IllegalStateException("cannot store the publication: " + e.getMessage(), e);
    }
  }

  /** What the person entered by hand, newest first, with the work each joined. */
  public List<ManualSubmission> submitted(String personCode) {
    try (Connection c = dataSource.getConnection()) {
      return submitted(c, personCode);
    } catch (SQLException e) {
      throw new IllegalStateException("cannot read the publications of " + personCode + ": "
          + e.getMessage(), e);
    }
  }

  private static List<ManualSubmission> submitted(Connection c, String personCode)
      throws SQLException {
    List<ManualSubmission> out = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement("SELECT r.id, r.verbatim_text, r.created_at,"
        + " w.work_key FROM source_record r LEFT JOIN work_member m ON m.source_record_id = r.id"
        + " LEFT JOIN work w ON w.id = m.work_id WHERE r.source_database = ?"
        + " AND r.natural_key LIKE ? ORDER BY r.id DESC")) {
      ps.setString(1, SourceDatabase.MANUAL.name());
      ps.setString(2, "MANUAL|" + personCode.replace("\\", "\\\\").replace("%", "\\%")
          .replace("_", "\\_") + "|%");
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          JsonObject form;
          try (JsonReader reader = Json.createReader(new StringReader(rs.getString(2)))) {
            form = reader.readObject();
          }
          out.add(new ManualSubmission(rs.getLong(1), form.getString("title", null),
              form.containsKey("year") && !form.isNull("year") ? form.getInt("year") : null,
              form.getString("journal", null), form.getString("doi", null),
              rs.getTimestamp(3).toInstant(), rs.getString(4)));
        }
      }
    }
    return out;
  }

  /** The form as typed, with the person it is about: the record's verbatim text. */
  static String verbatim(String personCode, ManualEntry e) {
    JsonObjectBuilder o = Json.createObjectBuilder().add("person", personCode)
        .add("title", e.title().strip());
    if (e.year() != null) {
      o.add("year", e.year());
    }
    if (e.journal() != null && !e.journal().isBlank()) {
      o.add("journal", e.journal().strip());
    }
    if (e.doi() != null && !e.doi().isBlank()) {
      o.add("doi", e.doi().strip());
    }
    JsonArrayBuilder authors = Json.createArrayBuilder();
    e.authors().forEach(authors::add);
    o.add("authors", authors).add("myAuthorRank", e.myAuthorRank());
    return o.build().toString();
  }

  private static SourceRecord record(ManualEntry e, Directory person, String actor,
      String verbatim) {
    List<Author> authors = new ArrayList<>();
    for (int i = 0; i < e.authors().size(); i++) {
      int position = i + 1;
      authors.add(position == e.myAuthorRank()
          ? new Author(position, e.authors().get(i), null, null, null,
              person.affiliation() == null ? List.of() : List.of(0),
              person.email() == null ? List.of() : List.of(person.email()), person.orcid(), null,
              false)
          : Author.named(position, e.authors().get(i)));
    }
    return SourceRecord.builder()
        .origin(new RecordOrigin("entered by " + actor, 1, 1, 1, verbatim))
        .source(SourceDatabase.MANUAL).format(FORMAT)
        .ids(new Identifiers(null, null, null, blankToNull(e.doi()), null, null, List.of(), null,
            null, null))
        .title(e.title().strip()).sourceTitle(blankToNull(e.journal())).year(e.year())
        .publicationDate(e.year() == null ? null : e.year().toString())
        .documentType(DocumentType.OTHER)
        .authors(authors)
        .affiliations(person.affiliation() == null ? List.of() : List.of(person.affiliation()))
        .affiliationsLinked(person.affiliation() != null)
        .build();
  }

  /** What the directory knows of the person that attribution uses. */
  private record Directory(String email, String orcid, String affiliation) {}

  private static Directory directory(Connection c, String personCode) throws SQLException {
    String email;
    String orcid;
    Long unit;
    try (PreparedStatement ps = c.prepareStatement(
        "SELECT email, orcid, unit_id FROM person WHERE code = ?")) {
      ps.setString(1, personCode);
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) {
          throw new UnknownReferenceException("person", personCode);
        }
        email = rs.getString(1);
        orcid = rs.getString(2);
        long u = rs.getLong(3);
        unit = rs.wasNull() ? null : u;
      }
    }
    // The unit and its parents up to the institution, as an address prints them: "School, University".
    List<String> names = new ArrayList<>();
    for (int depth = 0; unit != null && depth < 16; depth++) {
      try (PreparedStatement ps = c.prepareStatement(
          "SELECT COALESCE(name_en, name_zh), parent_id FROM unit WHERE id = ?")) {
        ps.setLong(1, unit);
        try (ResultSet rs = ps.executeQuery()) {
          if (!rs.next()) {
            break;
          }
          if (rs.getString(1) != null) {
            names.add(rs.getString(1));
          }
          long parent = rs.getLong(2);
          unit = rs.wasNull() ? null : parent;
        }
      }
    }
    return new Directory(email, orcid, names.isEmpty() ? null : String.join(", ", names));
  }

  private static long batch(Connection c, String actor) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("INSERT INTO import_batch (started_by, note,"
        + " status, finished_at, file_count, record_count) VALUES (?, ?, 'finished',"
        + " CURRENT_TIMESTAMP(3), 0, 1)", Statement.RETURN_GENERATED_KEYS)) {
      ps.setString(1, actor);
      ps.setString(2, "a publication entered by hand");
      ps.executeUpdate();
      try (ResultSet keys = ps.getGeneratedKeys()) {
        keys.next();
        return keys.getLong(1);
      }
    }
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
