package org.acta.deploy.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.acta.harvest.lists.ListFileReader;
import org.acta.harvest.lists.LoadedLists;
import org.acta.matching.indexing.EsiFlagRule;
import org.acta.matching.indexing.IndexingConfig;
import org.acta.matching.indexing.JcrYearRule;
import org.acta.matching.pipeline.PipelineResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/**
 * {@code acta pipeline}: harvest → deduplication → attribution over files, in memory, with no
 * database and no server; writes {@code works.csv}, {@code table.csv} and {@code review.csv}
 * (the contract of {@code shared/design/evaluation.md}). Exit 0 when every file was read
 * completely, 1 when a file or a record could not be read (each named on stderr), 2 on bad
 * arguments.
 */
@Command(
    name = "pipeline",
    mixinStandardHelpOptions = true,
    description = {
      "Harvest, deduplicate and attribute export files offline (no database, no server).",
      "Writes works.csv, table.csv, review.csv (and review-duplicates.csv) into OUT_DIR;"
          + " see shared/design/evaluation.md. With --lists, the indexing columns follow the"
          + " imported lists (docs/lists.md) and indexing.csv gives their provenance."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:every file was read completely",
      "1:a file or a record could not be read (named on stderr); the rest was processed",
      "2:invalid arguments"
    })
public final class PipelineCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(names = "--units", paramLabel = "UNITS.csv",
      description = "units dictionary (unit_id,parent_id,name_zh,name_en,variants)")
  Path units;

  @Option(names = "--people", paramLabel = "PEOPLE.csv",
      description = "people dictionary (person_id,kind,name_zh,name_en,unit_id,supervisor_id,"
          + "email,orcid,start_year,end_year)")
  Path people;

  @Option(names = "--out", required = true, paramLabel = "OUT_DIR",
      description = "directory for works.csv, table.csv, review.csv (created if missing)")
  Path out;

  @Option(names = "--lists", paramLabel = "LISTS_DIR",
      description = "directory of indexing lists (journal lists, JCR, ESI; docs/lists.md):"
          + " fills indexed_in, jcr_quartile, impact_factor, esi_* and writes indexing.csv")
  Path lists;

  @Option(names = "--jcr-year-rule", paramLabel = "RULE", defaultValue =
      "PUBLICATION_YEAR_OR_EARLIER", description = "which JCR year counts: ${COMPLETION-CANDIDATES}"
          + " (default ${DEFAULT-VALUE})")
  JcrYearRule jcrYearRule;

  @Option(names = "--esi-flag-rule", paramLabel = "RULE", defaultValue = "EVER",
      description = "when the ESI flags are true: ${COMPLETION-CANDIDATES} (default"
          + " ${DEFAULT-VALUE})")
  EsiFlagRule esiFlagRule;

  @Option(names = "--extended-counts", negatable = true, defaultValue = "true",
      fallbackValue = "true", description = "whether the extended part of a list (CSCD 扩展库,"
          + " CSSCI 扩展版) counts for indexed_in (default ${DEFAULT-VALUE})")
  boolean extendedCounts;

  @Option(names = "--quiet", description = "do not report each file on stderr")
  boolean quiet;

  @Parameters(arity = "1..*", paramLabel = "EXPORT_FILE",
      description = "WoS, EI, CNKI or publication-list files, any supported format")
  List<Path> files;

  @Override
  public Integer call() throws IOException {
    validate();
    PrintWriter err = spec.commandLine().getErr();
    LoadedLists loaded = readLists(err);
    HarvestRun harvest = HarvestRun.readAll(files, err, quiet);
    PipelineResult result = PipelineFactory.create(units, people, loaded == null ? null
        : loaded.lists(), new IndexingConfig(jcrYearRule, esiFlagRule, extendedCounts))
        .run(harvest.records());
    Files.createDirectories(out);
    var writer = new org.acta.matching.pipeline.PipelineCsvWriter();
    try (Writer w = Files.newBufferedWriter(out.resolve("works.csv"), StandardCharsets.UTF_8)) {
      writer.writeWorks(result, w);
    }
    try (Writer w = Files.newBufferedWriter(out.resolve("table.csv"), StandardCharsets.UTF_8)) {
      writer.writeTable(result, w);
    }
    try (Writer w = Files.newBufferedWriter(out.resolve("review.csv"), StandardCharsets.UTF_8)) {
      writer.writeReview(result, w);
    }
    try (Writer w = Files.newBufferedWriter(
        out.resolve("review-duplicates.csv"), StandardCharsets.UTF_8)) {
      writer.writeDuplicateReview(result, w);
    }
    if (loaded != null) {
      try (Writer w = Files.newBufferedWriter(out.resolve("indexing.csv"),
          StandardCharsets.UTF_8)) {
        writer.writeIndexing(result, w);
      }
    }
    if (!quiet) {
      err.printf("acta pipeline: %d records, %d works, %d table rows, %d review items → %s%n",
          harvest.records().size(), result.dedup().works().size(), result.table().size(),
          result.decisions().size() - result.table().size(), out);
    }
    err.flush();
    return harvest.complete() ? 0 : 1;
  }

  /** The lists of {@code --lists}, or null; a list that cannot be read is an argument error. */
  private LoadedLists readLists(PrintWriter err) {
    if (lists == null) {
      return null;
    }
    try {
      LoadedLists l = new ListFileReader().readDirectory(lists);
      if (!quiet) {
        l.summary().forEach(line -> err.println("lists: " + line));
      }
      l.warnings().forEach(line -> err.println("lists: warning: " + line));
      return l;
    } catch (IOException e) {
      throw new ParameterException(spec.commandLine(), "--lists: " + e.getMessage());
    }
  }

  private void validate() {
    if ((units == null) != (people == null)) {
      throw new ParameterException(spec.commandLine(),
          "--units and --people go together: give both to attribute, or neither");
    }
    for (Path p : units == null ? List.<Path>of() : List.of(units, people)) {
      if (!Files.isReadable(p)) {
        throw new ParameterException(spec.commandLine(), "cannot read dictionary file " + p);
      }
    }
    if (Files.exists(out) && !Files.isDirectory(out)) {
      throw new ParameterException(spec.commandLine(), "--out " + out + " is not a directory");
    }
  }
}
