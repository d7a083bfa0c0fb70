package org.acta.harvest;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.acta.harvest.parse.ParseProblem;
import org.acta.harvest.parse.RecordSink;
import org.acta.matching.dedup.DedupResult;
import org.acta.matching.dedup.Deduplicators;
import org.acta.matching.dedup.FellegiSunterDeduplicator;
import org.acta.matching.dedup.PossibleMatch;
import org.acta.matching.model.SourceRecord;
import org.acta.matching.work.Work;

/**
 * Dev aid until {@code acta pipeline} runs the standard deduplicator: harvest files, deduplicate
 * with {@code Deduplicators.standard()}, write {@code works.csv} (and an empty {@code table.csv})
 * in the scorer's format plus {@code evidence.txt}. Usage: {@code HarvestDedupMain OUT_DIR
 * FILE...}.
 */
public final class HarvestDedupMain {
  private HarvestDedupMain() {}

  public static void main(String[] args) throws Exception {
    Path out = Path.of(args[0]);
    Files.createDirectories(out);
    List<SourceRecord> records = new ArrayList<>();
    Harvester h = new Harvester();
    for (int i = 1; i < args.length; i++) {
      h.read(Path.of(args[i]), new RecordSink() {
        @Override
        public void record(SourceRecord r) {
          records.add(r);
        }

        @Override
        public void problem(ParseProblem p) {
          // counted by the harvest report; not needed here
        }
      });
    }
    FellegiSunterDeduplicator d = Deduplicators.standard();
    long t0 = System.nanoTime();
    DedupResult r = d.deduplicate(records);
    System.err.printf("%d records -> %d works, %d possible matches, %d ms%n", records.size(),
        r.works().size(), r.possibleMatches().size(), (System.nanoTime() - t0) / 1_000_000);
    try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(out.resolve("works.csv")))) {
      w.println("work_id,source_key");
      for (Work wk : r.works()) {
        for (SourceRecord s : wk.records()) {
          w.println(wk.id() + ",\"" + s.sourceKey().replace("\"", "\"\"") + "\"");
        }
      }
    }
    try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(out.resolve("table.csv")))) {
      w.println("work_id,person_id,is_first_author,is_corresponding,unit_id");
    }
    try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(out.resolve("evidence.txt")))) {
      for (Work wk : r.works()) {
        if (wk.records().size() > 1) {
          w.println(wk.id());
          wk.evidence().forEach(e -> w.println("  " + e));
        }
      }
      for (PossibleMatch p : r.possibleMatches()) {
        w.println("POSSIBLE " + p);
      }
    }
  }
}
