package org.acta.deploy.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.acta.core.application.imports.ImportService;
import org.acta.core.domain.shared.Sha256;

/**
 * Puts the demo university's export files into the database's import queue, the way an upload
 * does ({@link ImportService#stage}): each file is copied where the server keeps staged files and
 * registered as a queued import of one batch, the demo's. The server imports queued files when it
 * starts ({@code ImportJobs}) and runs the pipeline after them, so a new demo has works,
 * attributions, a review queue and table rows, through the same path as any export.
 *
 * <p>Once only: the demo's batch is found again by its sender, and a file whose content is in it
 * already is not staged again. A start killed between two files stages the missing ones next time.
 */
public final class DemoExports {
  /** The sender the demo's batch names: how a later start recognises it. */
  public static final String STARTED_BY = "acta serve --demo";

  /** The demo directory's files that are not exports. */
  private static final Set<String> NOT_EXPORTS = Set.of("units.csv", "people.csv", "README.md");

  private final Path directory;

  public DemoExports(Path directory) {
    this.directory = directory;
  }

  /** The export files of the demo, by name. */
  public List<Path> files() throws IOException {
    try (Stream<Path> files = Files.list(directory)) {
      return files.filter(Files::isRegularFile)
          .filter(f -> !NOT_EXPORTS.contains(f.getFileName().toString()))
          .sorted()
          .toList();
    }
  }

  /**
   * Stages the demo's export files not staged before.
   *
   * @param stagingDirectory where the server finds staged files ({@code ACTA_IMPORT_DIR})
   * @return what was done, one line for the console
   */
  public String stageOnce(DataSource dataSource, Path stagingDirectory) throws IOException {
    List<Path> files = files();
    if (files.isEmpty()) {
      return "no demo export files in " + directory;
    }
    ImportService imports = new ImportService(dataSource);
    Optional<Long> existing = demoBatch(dataSource);
    long batch = existing.orElseGet(
        () -> imports.openBatch(STARTED_BY, "the demo university's export files"));
    Set<String> staged = stagedContents(dataSource, batch);
    List<String> added = new ArrayList<>();
    for (Path file : files) {
      if (staged.contains(sha256(file))) {
        continue;
      }
      Path copy = stagingDirectory.resolve(UUID.randomUUID().toString())
          .resolve(file.getFileName().toString());
      Files.createDirectories(copy.getParent());
      Files.copy(file, copy, StandardCopyOption.REPLACE_EXISTING);
      imports.stage(batch, copy);
      added.add(file.getFileName().toString());
    }
    if (added.isEmpty()) {
      return "demo exports: already in import batch " + batch + ", not imported again";
    }
    return "demo exports staged for import in batch " + batch + ": " + String.join(", ", added)
        + (existing.isPresent() ? " (the rest were staged before)" : "");
  }

  /** The demo's import batch, if an earlier start opened it. */
  public static Optional<Long> demoBatch(DataSource dataSource) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement(
            "SELECT MIN(id) FROM import_batch WHERE started_by = ?")) {
      ps.setString(1, STARTED_BY);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        long id = rs.getLong(1);
        return rs.wasNull() ? Optional.empty() : Optional.of(id);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("cannot look for the demo's import: " + e.getMessage(), e);
    }
  }

  private static Set<String> stagedContents(DataSource dataSource, long batch) {
    Set<String> out = new HashSet<>();
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement(
            "SELECT file_sha256 FROM import_file WHERE batch_id = ?")) {
      ps.setLong(1, batch);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(rs.getString(1));
        }
      }
      return out;
    } catch (SQLException e) {
      throw new IllegalStateException("cannot read import batch " + batch + ": "
          + e.getMessage(), e);
    }
  }

  /** The same digest {@code import_file.file_sha256} keeps: hex SHA-256 of the bytes. */
  static String sha256(Path file) {
    try {
      return Sha256.hex(file);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }
}
