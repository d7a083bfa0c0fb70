package org.acta.matching.bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import no.priv.garshol.duke.ConfigurationImpl;
import no.priv.garshol.duke.Processor;
import no.priv.garshol.duke.Property;
import no.priv.garshol.duke.PropertyImpl;
import no.priv.garshol.duke.Record;
import no.priv.garshol.duke.RecordImpl;
import no.priv.garshol.duke.cleaners.LowerCaseNormalizeCleaner;
import no.priv.garshol.duke.comparators.ExactComparator;
import no.priv.garshol.duke.comparators.JaroWinklerTokenized;
import no.priv.garshol.duke.comparators.Levenshtein;
import no.priv.garshol.duke.comparators.QGramComparator;
import no.priv.garshol.duke.datasources.InMemoryDataSource;
import no.priv.garshol.duke.matchers.AbstractMatchListener;
import org.acta.matching.dedup.DedupResult;
import org.acta.matching.dedup.Deduplicators;
import org.acta.matching.eval.PairwiseMetrics;
import org.acta.matching.model.Author;
import org.acta.matching.model.SourceRecord;

/**
 * Acta and Duke side by side on DBLP-ACM, one run, same records, same scorer: {@code java -cp …
 * org.acta.matching.bench.DukeComparison}. Duke (no.priv.garshol.duke:duke, test scope only) is
 * configured the way its documentation suggests for bibliographic records: record-linkage mode
 * (DBLP group 1, ACM group 2), lower-cased and accent-stripped values, Levenshtein on titles,
 * tokenised Jaro–Winkler on authors, q-grams on venues, exact year; Lucene candidate search.
 */
public final class DukeComparison {
  private DukeComparison() {}

  public static void main(String[] args) throws Exception {
    List<SourceRecord> records = DedupBenchmarkRunner.load("dblp-acm");
    Map<String, String> gold = DedupBenchmarkRunner.gold("dblp-acm");

    long t0 = System.nanoTime();
    DedupResult acta = Deduplicators.standard().deduplicate(records);
    long actaMs = (System.nanoTime() - t0) / 1_000_000;
    PairwiseMetrics actaM = PairwiseMetrics.of(DedupBenchmarkRunner.clusters(acta), gold);

    double threshold = args.length > 0 ? Double.parseDouble(args[0]) : 0.85;
    long t1 = System.nanoTime();
    Map<String, String> duke = runDuke(records, threshold);
    long dukeMs = (System.nanoTime() - t1) / 1_000_000;
    PairwiseMetrics dukeM = PairwiseMetrics.of(duke, gold);

    System.out.println("DBLP-ACM, " + records.size() + " records, same input, same scorer:");
    System.out.printf("  Acta: %s; wall %d ms%n", actaM, actaMs);
    System.out.printf("  Duke 1.2 (threshold %.2f): %s; wall %d ms%n", threshold, dukeM, dukeMs);
  }

  /** Duke in record-linkage mode; matches become clusters by union (Duke links pairs). */
  static Map<String, String> runDuke(List<SourceRecord> records, double threshold) {
    LowerCaseNormalizeCleaner clean = new LowerCaseNormalizeCleaner();
    clean.setStripAccents(true);
    InMemoryDataSource dblp = new InMemoryDataSource();
    InMemoryDataSource acm = new InMemoryDataSource();
    for (SourceRecord r : records) {
      RecordImpl d = new RecordImpl();
      d.addValue("ID", r.sourceKey());
      add(d, "TITLE", clean.clean(unescape(r.title())));
      List<String> names = new ArrayList<>();
      for (Author a : r.authors()) {
        names.add(a.name());
      }
      add(d, "AUTHORS", clean.clean(unescape(String.join(" ", names))));
      add(d, "VENUE", clean.clean(unescape(r.sourceTitle())));
      add(d, "YEAR", r.year() == null ? null : r.year().toString());
      (r.sourceKey().startsWith("DBLP") ? dblp : acm).add(d);
    }
    ConfigurationImpl config = new ConfigurationImpl();
    List<Property> props = new ArrayList<>();
    props.add(new PropertyImpl("ID"));
    props.add(new PropertyImpl("TITLE", new Levenshtein(), 0.15, 0.95));
    props.add(new PropertyImpl("AUTHORS", new JaroWinklerTokenized(), 0.35, 0.75));
    props.add(new PropertyImpl("VENUE", new QGramComparator(), 0.45, 0.6));
    props.add(new PropertyImpl("YEAR", new ExactComparator(), 0.2, 0.6));
    config.setProperties(props);
    config.setThreshold(threshold);
    config.setMaybeThreshold(threshold - 0.1);
    config.addDataSource(1, dblp);
    config.addDataSource(2, acm);
    Processor proc = new Processor(config, true);
    Map<String, String> parent = new HashMap<>();
    proc.addMatchListener(new AbstractMatchListener() {
      @Override
      public void matches(Record r1, Record r2, double confidence) {
        synchronized (parent) {
          union(parent, r1.getValue("ID"), r2.getValue("ID"));
        }
      }
    });
    // best match per record only (matchall = false): what Duke recommends for record linkage
    proc.link(config.getDataSources(1), config.getDataSources(2), false, 40000);
    proc.close();
    Map<String, String> cluster = new HashMap<>();
    for (SourceRecord r : records) {
      cluster.put(r.sourceKey(), find(parent, r.sourceKey()));
    }
    return cluster;
  }

  private static String unescape(String s) {
    return s == null ? null : org.apache.commons.text.StringEscapeUtils.unescapeHtml4(s);
  }

  private static void add(RecordImpl r, String prop, String value) {
    if (value != null && !value.isBlank()) {
      r.addValue(prop, value);
    }
  }

  private static String find(Map<String, String> parent, String x) {
    String p = parent.getOrDefault(x, x);
    while (!p.equals(x)) {
      x = p;
      p = parent.getOrDefault(x, x);
    }
    return x;
  }

  private static void union(Map<String, String> parent, String a, String b) {
    String ra = find(parent, a);
    String rb = find(parent, b);
    if (!ra.equals(rb)) {
      parent.put(ra, rb);
    }
  }
}
