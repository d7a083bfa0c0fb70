package org.acta.harvest.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.acta.harvest.detect.ExportFormat;
import org.acta.harvest.parse.ExportInput;
import org.acta.harvest.parse.ParseProblem;
import org.acta.harvest.parse.RecordParser;
import org.acta.harvest.parse.RecordSink;
import org.acta.harvest.parse.cnki.CnkiEndNoteParser;
import org.acta.harvest.parse.cnki.CnkiLabelledTextParser;
import org.acta.harvest.parse.cnki.CnkiNoteExpressParser;
import org.acta.harvest.parse.cnki.CnkiRefWorksParser;
import org.acta.harvest.parse.cnki.CnkiTableParser;
import org.acta.harvest.parse.ei.EiBibtexParser;
import org.acta.harvest.parse.ei.EiCsvParser;
import org.acta.harvest.parse.ei.EiRisParser;
import org.acta.harvest.parse.ei.EiTextParser;
import org.acta.harvest.text.IdentifierText;
import org.acta.harvest.text.MarkupDecoder;
import org.acta.harvest.text.Pages;
import org.acta.matching.model.SourceRecord;

/**
 * The EI and CNKI parsers on arbitrary text, each given a prefix of its own format so the fuzzer
 * reaches the record mapping: no input may throw anything but an {@link IOException} of the file
 * itself; malformed records become problems. Also the text helpers on arbitrary strings.
 */
class EiCnkiFuzzTest {

  private record Target(RecordParser parser, ExportFormat format, String prefix) {}

  private static final List<Target> TARGETS = List.of(
      new Target(new EiCsvParser(), ExportFormat.EI_CSV,
          "Title,Accession number,Author,Author affiliation,Corresponding author,DOI,Pages\r\n"),
      new Target(new EiTextParser(), ExportFormat.EI_TEXT, "<RECORD 1>\r\nAuthors:"),
      new Target(new EiRisParser(), ExportFormat.EI_RIS, "TY  - JOUR\r\nM1  - Compendex\r\n"),
      new Target(new EiBibtexParser(), ExportFormat.EI_BIBTEX, "@article{20232314199901 ,\r\n"),
      new Target(new CnkiRefWorksParser(), ExportFormat.CNKI_REFWORKS, "RT Journal Article\r\nA1"),
      new Target(new CnkiEndNoteParser(), ExportFormat.CNKI_ENDNOTE, "%0 Journal Article\r\n%A "),
      new Target(new CnkiNoteExpressParser(), ExportFormat.CNKI_NOTEEXPRESS,
          "{Reference Type}: Thesis\r\n{Author}: "),
      new Target(new CnkiLabelledTextParser(), ExportFormat.CNKI_CUSTOM,
          "SrcDatabase-来源库: 期刊\r\nTitle-题名: "),
      new Target(new CnkiTableParser(), ExportFormat.CNKI_TABLE,
          "Title-题名\tAuthor-作者\tPageCount-页码\tURL-网址\n"));

  private static final RecordSink CHECKING = new RecordSink() {
    @Override
    public void record(SourceRecord record) {
      record.naturalKey();
      record.sourceKey();
    }

    @Override
    public void problem(ParseProblem problem) {
      problem.describe();
    }
  };

  @FuzzTest(maxDuration = "60s")
  void parsers(FuzzedDataProvider data) throws IOException {
    Target t = TARGETS.get(data.consumeInt(0, TARGETS.size() - 1));
    String text = t.prefix() + data.consumeRemainingAsString();
    Path file = Files.createTempFile("fuzz-ei-cnki", ".txt");
    try {
      Files.writeString(file, text, StandardCharsets.UTF_8);
      t.parser().parse(new ExportInput(file, "fuzz.txt", t.format(), StandardCharsets.UTF_8, 0),
          CHECKING);
    } finally {
      Files.deleteIfExists(file);
    }
  }

  @FuzzTest(maxDuration = "30s")
  void textHelpers(String value) {
    MarkupDecoder.decode(value);
    MarkupDecoder.decodeHtml(value);
    MarkupDecoder.decodeEntities(value);
    Pages.parse(value);
    IdentifierText.doiIn(value);
    IdentifierText.isIssn(value);
    IdentifierText.isIsbn(value);
  }
}
