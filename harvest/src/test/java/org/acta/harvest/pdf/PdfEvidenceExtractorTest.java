package org.acta.harvest.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.acta.matching.model.Evidence;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PdfEvidenceExtractorTest {

  /** Writes a PDF whose pages hold the given lines. */
  static Path pdf(Path file, List<List<String>> pages) throws IOException {
    try (PDDocument doc = new PDDocument()) {
      PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
      for (List<String> lines : pages) {
        PDPage page = new PDPage();
        doc.addPage(page);
        try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
          cs.beginText();
          cs.setFont(font, 11);
          cs.setLeading(16);
          cs.newLineAtOffset(60, 720);
          for (String line : lines) {
            cs.showText(line);
            cs.newLine();
          }
          cs.endText();
        }
      }
      doc.save(file.toFile());
    }
    return file;
  }

  private static boolean has(List<Evidence> ev, String kind, String text) {
    return ev.stream().anyMatch(e -> e.kind().equals(kind) && e.text().contains(text));
  }

  @Test
  void findsStarredAuthorFootnoteAndEmailsOnTheFirstPagesOnly(@TempDir Path dir)
      throws IOException {
    Path file = pdf(dir.resolve("paper.pdf"), List.of(
        List.of("Interface engineering of synthetic photoanodes",
            "Xiaoming Wang 1, Liu Zhao 1,2*, Shuang Zhang 2",
            "1 Nanling Institute of Advanced Materials, Shaoguan, China",
            "* Corresponding author. E-mail: zhaoliu@nliam.example.cn",
            "Abstract",
            "We report 3.4* more hydrogen than before."),
        List.of("Page two text, contact: wangxm@nliam.example.cn"),
        List.of("Page three: late@example.org must not be read")));
    List<Evidence> ev = new PdfEvidenceExtractor().extract(file);
    assertTrue(has(ev, PdfEvidenceExtractor.KIND_STARRED_AUTHOR, "Liu Zhao"), ev.toString());
    assertFalse(has(ev, PdfEvidenceExtractor.KIND_STARRED_AUTHOR, "Shuang"), ev.toString());
    assertTrue(has(ev, PdfEvidenceExtractor.KIND_MARKER, "Corresponding author"), ev.toString());
    assertTrue(has(ev, PdfEvidenceExtractor.KIND_EMAIL, "zhaoliu@nliam.example.cn"));
    Evidence second = ev.stream().filter(e -> e.text().equals("wangxm@nliam.example.cn"))
        .findFirst().orElseThrow();
    assertEquals("paper.pdf page 2", second.origin());
    assertFalse(has(ev, PdfEvidenceExtractor.KIND_EMAIL, "late@example.org"));
  }

  @Test
  void chineseMarkers() {
    List<Evidence> ev = PdfEvidenceExtractor.findEvidence(List.of(
        "α-Fe2O3/TiO2纳米管阵列异质结光阳极的制备\n张三1,2，李四1*，王小明3\n"
            + "通讯作者：李四，E-mail: lisi@djut.example.cn\n摘要：本文……"), "a.pdf");
    assertTrue(has(ev, PdfEvidenceExtractor.KIND_MARKER, "通讯作者"), ev.toString());
    assertTrue(has(ev, PdfEvidenceExtractor.KIND_STARRED_AUTHOR, "李四"), ev.toString());
    assertTrue(has(ev, PdfEvidenceExtractor.KIND_EMAIL, "lisi@djut.example.cn"));
  }

  @Test
  void notAPdf(@TempDir Path dir) throws IOException {
    Path junk = java.nio.file.Files.writeString(dir.resolve("x.pdf"), "not a pdf");
    org.junit.jupiter.api.Assertions.assertThrows(IOException.class,
        () -> new PdfEvidenceExtractor().extract(junk));
  }
}
