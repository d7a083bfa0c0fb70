package org.acta.harvest.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.acta.harvest.Harvester;
import org.acta.harvest.detect.CharsetSniffer;
import org.acta.harvest.parse.ParseProblem;
import org.acta.harvest.parse.RecordSink;
import org.acta.matching.model.SourceRecord;

/**
 * The whole path a user's file takes — charset sniffing, format detection, parsing — on arbitrary
 * bytes, with the prefixes of each text format to steer the fuzzer into every parser.
 */
class HarvestFuzzTest {
  private static final String[] PREFIXES = {
      "", "\uFEFFFN Clarivate Analytics Web of Science\nVR 1.0\nPT J\n",
      "FN ISI Export Format VR 1.0 PT J\n",
      "PT\tAU\tBA\tBE\tGP\tAF\tBF\tCA\tTI\tSO\tC1\tRP\tUT\t\n",
      "id,title,authors,venue,year\n", "Title\tAuthors\tYear\n", "题名,作者,年份\n",
      "<RECORD 1>\nAccession number:20232314199901\nAuthors:",
      "\"Title\",\"Accession number\",\"Author\",\"Author affiliation\",\"Data Provider\"\r\n",
      "TY  - JOUR\r\nM1  - Compendex\r\n", "@article{20211710244133 ,\r\n",
      "\uFEFFRT Journal Article\r\nDS CNKI\r\n", "%0 Journal Article\r\n%W CNKI\r\n",
      "{Reference Type}: Journal Article\r\n{Database Provider}: CNKI\r\n",
      "SrcDatabase-来源库: 期刊\r\nTitle-题名: ", "DataType: 1\r\nTitle-题名: ",
  };

  private static final RecordSink DISCARD = new RecordSink() {
    @Override
    public void record(SourceRecord record) {
      record.sourceKey();
    }

    @Override
    public void problem(ParseProblem problem) {
      problem.describe();
    }
  };

  private static final Harvester HARVESTER = new Harvester();

  @FuzzTest(maxDuration = "120s")
  void anyFile(FuzzedDataProvider data) throws IOException {
    String prefix = PREFIXES[data.consumeInt(0, PREFIXES.length - 1)];
    byte[] tail = data.consumeRemainingAsBytes();
    byte[] head = prefix.getBytes(StandardCharsets.UTF_8);
    byte[] bytes = new byte[head.length + tail.length];
    System.arraycopy(head, 0, bytes, 0, head.length);
    System.arraycopy(tail, 0, bytes, head.length, tail.length);
    Path file = Files.createTempFile("fuzz", ".txt");
    try {
      Files.write(file, bytes);
      HARVESTER.read(file, DISCARD);
    } finally {
      Files.deleteIfExists(file);
    }
  }

  @FuzzTest(maxDuration = "30s")
  void sniffer(byte[] bytes) throws IOException {
    if (bytes == null) {
      return; // Jazzer also generates null arrays
    }
    new CharsetSniffer().sniff(new ByteArrayInputStream(bytes));
  }
}
