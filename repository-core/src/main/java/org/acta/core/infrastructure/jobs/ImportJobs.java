package org.acta.core.infrastructure.jobs;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.acta.core.application.imports.ImportProblemView;
import org.acta.core.application.imports.ImportProgress;
import org.acta.core.application.imports.ImportService;
import org.acta.core.application.pipeline.PipelineBacklog;
import org.acta.core.application.pipeline.PipelineRunReport;
import org.acta.core.application.pipeline.PipelineService;
import org.acta.core.infrastructure.migration.StartupMigrator;

/**
 * Runs imports as background jobs on the container's managed executor, and the pipeline after
 * them. The job table is {@code import_file} itself: a file is staged (kept on disk, a queued
 * row) before the upload is answered, and at start-up every import the database still lists as
 * queued or running is submitted again, so a server killed mid-import finishes it after the
 * restart from the last committed chunk. When no import is left but stored records are in no
 * work yet, the pipeline run they are owed is started.
 *
 * <p>Staged files live in {@code acta.import.dir} (system property or {@code ACTA_IMPORT_DIR};
 * {@code acta serve} sets it to {@code imports} in its data directory), else in {@code
 * acta-imports} under {@code java.io.tmpdir}. Not Payara's instance root: Payara Micro resets it
 * at start, and a resumed import needs its file. Files are kept after their import: the original
 * export stays beside the records read from it.
 *
 * <p>Bean-managed transactions: the import and pipeline services commit their own chunks.
 */
@Startup
@Singleton
@DependsOn("StartupMigrator")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionManagement(TransactionManagementType.BEAN)
public class ImportJobs {
  private static final Logger LOG = Logger.getLogger(ImportJobs.class.getName());

  @Resource(lookup = StartupMigrator.DATA_SOURCE)
  private DataSource dataSource;

  @Resource private ManagedExecutorService executor;

  /** One pipeline run at a time in this server (the database lock covers other servers). */
  private final ReentrantLock pipelineLock = new ReentrantLock();

  /**
   * One import at a time: concurrent inserts of the same natural keys would fight over the
   * unique index, and one import already keeps the database busy.
   */
  private final ReentrantLock importLock = new ReentrantLock();

  private ImportService imports;
  private PipelineService pipeline;
  private volatile PipelineRunReport lastRun;

  @PostConstruct
  void resumeUnfinished() {
    imports = new ImportService(dataSource);
    pipeline = new PipelineService(dataSource);
    try {
      List<Long> unfinished = imports.unfinished();
      if (!unfinished.isEmpty()) {
        LOG.info(() -> "resuming " + unfinished.size() + " unfinished import(s): " + unfinished);
      }
      unfinished.forEach(this::submit);
      if (unfinished.isEmpty() && pipelineOwed()) {
        // Killed after its imports ended but before (or during) the run that follows them.
        LOG.info("stored records wait for the pipeline: running it");
        schedulePipeline();
      }
    } catch (RuntimeException e) {
      // A database not yet migrated or not reachable: the imports stay queued for the next start.
      LOG.log(Level.WARNING, "cannot look for unfinished imports", e);
    }
  }

  private boolean pipelineOwed() {
    try (Connection c = dataSource.getConnection()) {
      return PipelineBacklog.hasUnplacedRecords(c);
    } catch (SQLException e) {
      throw new IllegalStateException("cannot look for records the pipeline has not seen", e);
    }
  }

  /**
   * Keeps an uploaded file and queues its import.
   *
   * @param batchId the batch from {@link #openBatch}
   * @param fileName the file's own name (it becomes the records' source key)
   * @param content the file's bytes; read to the end, not closed
   * @return the import's id
   */
  public long stageAndSubmit(long batchId, String fileName, InputStream content) {
    Path staged = stagingDirectory().resolve(UUID.randomUUID().toString()).resolve(safe(fileName));
    try {
      Files.createDirectories(staged.getParent());
      Files.copy(content, staged, StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot keep the upload " + fileName, e);
    }
    long id = imports.stage(batchId, staged);
    submit(id);
    return id;
  }

  /** Opens a batch for the files of one upload. */
  public long openBatch(String startedBy, String note) {
    return imports.openBatch(startedBy, note);
  }

  public List<ImportProgress> batch(long batchId) {
    return imports.batchProgress(batchId);
  }

  public Optional<ImportProgress> progress(long importFileId) {
    return imports.progress(importFileId);
  }

  public List<ImportProblemView> problems(long importFileId, int limit) {
    return imports.problems(importFileId, limit);
  }

  /** Runs the pipeline now, in full (waiting for a run under way to end first). */
  public PipelineRunReport runPipeline() {
    return runPipeline(false);
  }

  /**
   * Runs the pipeline now (waiting for a run under way to end first).
   *
   * @param incremental recompute only the works new records and decisions touch (same result
   *     as a full run, see {@link PipelineService#runIncremental()})
   */
  public PipelineRunReport runPipeline(boolean incremental) {
    pipelineLock.lock();
    try {
      lastRun = incremental ? pipeline.runIncremental() : pipeline.runFull();
      LOG.info(() -> "pipeline: " + lastRun.summary());
      return lastRun;
    } finally {
      pipelineLock.unlock();
    }
  }

  /** Runs the pipeline in the background (after a directory change, for instance). */
  public void schedulePipeline() {
    executor.submit(() -> {
      try {
        runPipeline();
      } catch (RuntimeException e) {
        LOG.log(Level.SEVERE, "pipeline run failed", e);
      }
    });
  }

  /** The report of the last pipeline run in this server, if any. */
  public Optional<PipelineRunReport> lastPipelineRun() {
    return Optional.ofNullable(lastRun);
  }

  private void submit(long importFileId) {
    executor.submit(() -> {
      importLock.lock();
      try {
        ImportProgress done = imports.run(importFileId);
        LOG.info(() -> "import " + importFileId + " (" + done.fileName() + "): " + done.status()
            + ", " + done.recordsNew() + " new, " + done.recordsKnown() + " known, "
            + done.problems() + " problems");
        if (imports.unfinished().isEmpty()) {
          runPipeline(true); // the new records against what is stored: only what they touch
        }
      } catch (RuntimeException e) {
        LOG.log(Level.SEVERE, "import " + importFileId + " stopped", e);
      } finally {
        importLock.unlock();
      }
    });
  }

  private static Path stagingDirectory() {
    String configured = System.getProperty("acta.import.dir", System.getenv("ACTA_IMPORT_DIR"));
    if (configured != null && !configured.isBlank()) {
      return Path.of(configured);
    }
    return Path.of(System.getProperty("java.io.tmpdir"), "acta-imports");
  }

  /** The base name only: an upload's name must not reach outside its directory. */
  static String safe(String fileName) {
    String name = fileName == null ? "" : fileName.replace('\\', '/');
    name = name.substring(name.lastIndexOf('/') + 1).strip();
    if (name.isEmpty() || name.equals(".") || name.equals("..")) {
      return "upload";
    }
    return name;
  }
}
