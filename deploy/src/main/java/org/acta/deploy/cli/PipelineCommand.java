package org.acta.deploy.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
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
          + " see shared/design/evaluation.md."
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

  @Option(names = "--quiet", description = "do not report each file on stderr")
  boolean quiet;

  @Parameters(arity = "1..*", paramLabel = "EXPORT_FILE",
      description = "WoS, EI, CNKI or publication-list files, any supported format")
  List<Path> files;

  @Override
  public Integer call() throws IOException {
    validate();
    PrintWriter err = spec.commandLine().getErr();
    HarvestRun harvest = HarvestRun.readAll(files, err, quiet);
    PipelineResult result = PipelineFactory.create(units, people).run(harvest.records());
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
    if (!quiet) {
      err.printf("acta pipeline: %d records, %d works, %d table rows, %d review items → %s%n",
          harvest.records().size(), result.dedup().works().size(), result.table().size(),
          result.decisions().size() - result.table().size(), out);
    }
    err.flush();
    return harvest.complete() ? 0 : 1;
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
