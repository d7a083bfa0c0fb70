package org.acta.harvest.parse.wos;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.acta.harvest.CollectingSink;
import org.acta.harvest.Samples;
import org.acta.harvest.SharedData;
import org.acta.harvest.parse.ParseProblem;
import org.acta.matching.model.Author;
import org.acta.matching.model.Correspondence;
import org.acta.matching.model.DocumentType;
import org.acta.matching.model.SourceRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WosPlainTextParserTest {

  @Test
  void designSampleRecordBConferencePaperWithTwoCorrespondingAuthors() throws IOException {
    List<SourceRecord> recs = Samples.read(SharedData.path("design/samples/wos-plain.txt")).records;
    assertEquals(3, recs.size());
    SourceRecord b = recs.get(0);
    assertEquals("wos-plain.txt#1", b.sourceKey());
    assertEquals("WOS:001122334400042", b.ids().wosUt());
    assertEquals("10.99999/ICEMD59999.2023.10399901", b.ids().doi());
    assertEquals("Enhanced photocatalytic hydrogen evolution over TiO2 nanotube arrays decorated"
        + " with alpha-Fe2O3 nanoparticles - a combined experimental and DFT study", b.title());
    assertEquals("2023 IEEE 9TH INTERNATIONAL CONFERENCE ON ENERGY MATERIALS AND DEVICES, ICEMD",
        b.sourceTitle());
    assertEquals(DocumentType.PROCEEDINGS_PAPER, b.documentType());
    assertEquals("9th IEEE International Conference on Energy Materials and Devices (ICEMD)",
        b.conference());
    assertEquals("215", b.pageStart());
    assertEquals("220", b.pageEnd());
    assertEquals(2023, b.year());
    assertEquals(List.of("TiO₂ nanotube arrays", "alpha-Fe2O3", "heterojunction",
        "photocatalysis", "hydrogen evolution", "density functional theory"), b.keywords());
    assertEquals(List.of("Conference Proceedings Citation Index - Science (CPCI-S)"),
        b.editions());

    Author zhang = b.author(1);
    assertEquals("Zhang, San", zhang.fullName());
    assertEquals("Zhang, S", zhang.shortName());
    assertEquals(List.of(0, 1), zhang.affiliationIndexes());
    assertTrue(zhang.corresponding());
    assertEquals("0000-0002-9999-1232", zhang.orcid());
    Author mueller = b.author(2);
    assertEquals("Müller, HP", mueller.shortName());
    assertEquals("Muller, Hans-Peter", mueller.fullName());
    assertTrue(mueller.corresponding());
    assertEquals(List.of(2), mueller.affiliationIndexes());
    Author li = b.author(3);
    assertFalse(li.corresponding());
    assertEquals("HJK-9999-2022", li.researcherId());
    assertEquals(List.of(0), li.affiliationIndexes());
    assertTrue(b.affiliationsLinked());
    assertEquals("Univ Rheinau, Inst Phys Chem, D-79999 Rheinau, Germany", b.affiliations().get(2));

    // Two RP groups for Zhang (one per address) and one for Müller: three entries, two people.
    assertEquals(3, b.correspondence().size());
    assertEquals(List.of(1), b.correspondence().get(0).authorPositions());
    assertEquals(List.of(1), b.correspondence().get(1).authorPositions());
    assertEquals("Dongjiang Univ Technol, Key Lab Adv Energy Mat, Jiangzhou 510999, Guangdong,"
        + " Peoples R China", b.correspondence().get(1).address());
    assertEquals(List.of(2), b.correspondence().get(2).authorPositions());
    assertTrue(b.funding().contains("[52099901]") && b.funding().contains("San Zhang thanks"));
  }

  @Test
  void designSampleW2AndW3() throws IOException {
    List<SourceRecord> recs = Samples.read(SharedData.path("design/samples/wos-plain.txt")).records;
    SourceRecord w2 = recs.get(1);
    assertEquals("105123", w2.articleNumber());
    assertNull(w2.pageStart());
    assertEquals("NOV 2023", w2.earlyAccessDate());
    assertEquals(2024, w2.year());
    Correspondence shared = w2.correspondence().get(0);
    assertEquals(List.of("Wang, XM", "Zhao, L"), shared.authorNames());
    assertEquals(List.of(1, 2), shared.authorPositions());
    Author zhangShuang = w2.author(3);
    assertEquals("Zhang, Shuang", zhangShuang.fullName());
    assertFalse(zhangShuang.corresponding());
    assertEquals("KLM-9999-2023", w2.author(2).researcherId()); // RI starting with "; "
    assertEquals("0000-0003-9999-7893", w2.author(1).orcid()); // OI ending with "; "

    SourceRecord w3 = recs.get(2);
    assertTrue(w3.author(1).corresponding()); // Ramírez, J in RP vs Ramirez, Jose in AF
    assertFalse(w3.author(2).corresponding());
    assertEquals(List.of(1, 2), w3.author(2).affiliationIndexes());
    assertTrue(w3.author(3).corresponding());
    assertEquals(List.of("jose.ramirez@uandina.edu.ec", "cn.okafor@uls.edu.ng",
        "zhangsan@djut.edu.cn"), w3.emails()); // EM wrapped over two lines
  }

  @Test
  void nastyFixtureCrlfBomTwoBlocksWrappedNamesTruncatedEnd() throws IOException {
    CollectingSink sink = Samples.read(Samples.of("wos/plain/nasty-crlf-bom.txt"));
    assertEquals(4, sink.records.size());
    SourceRecord r = sink.records.get(0);
    assertEquals("Strain-tuned beta-Ga2O3 photodetectors with a gamma-Al2O3 buffer: growth,"
        + " characterisation and a long title that wraps over three lines of the export",
        r.title());
    assertEquals(List.of("THIN-FILMS", "GROWTH"), r.indexTerms());
    assertTrue(r.abstractText().contains("β-Ga2O3"));
    assertEquals(DocumentType.ARTICLE, r.documentType());
    assertEquals(List.of("Science Citation Index Expanded (SCI-EXPANDED)",
        "Engineering Index & Other (EIO)"), r.editions()); // &amp; decoded
    // Two authors with the same AU form: the brackets (AF form) tell them apart.
    assertEquals(List.of(0, 1), r.author(1).affiliationIndexes());
    assertEquals(List.of(2), r.author(3).affiliationIndexes());
    assertEquals(List.of(0, 3), r.author(2).affiliationIndexes());
    // RP "Chen, XL" matches two authors; the RP address is only among Chen Xiaolan's.
    assertTrue(r.author(1).corresponding());
    assertFalse(r.author(3).corresponding());
    assertTrue(r.author(2).corresponding());
    assertTrue(r.author(4).corresponding());
    assertEquals(List.of(4, 2), r.correspondence().get(2).authorPositions());
    // OI wrapped inside a name, ORCID with X check digit.
    assertEquals("0000-0002-1111-222X", r.author(4).orcid());
    assertEquals("0000-0003-3333-4444", r.author(1).orcid());
    assertEquals("BBB-1111-2020", r.author(3).researcherId());
    assertEquals(3, r.emails().size());
    assertTrue(r.origin().verbatim().startsWith("PT J\n"));
    assertTrue(r.origin().verbatim().endsWith("ER\n"));
    assertEquals(3, r.origin().firstLine());

    SourceRecord old = sink.records.get(1);
    assertEquals("SMITH, JA", old.author(1).name());
    assertFalse(old.affiliationsLinked());
    assertEquals(List.of(0), old.author(1).affiliationIndexes()); // single author: linked
    assertTrue(old.author(1).corresponding()); // (reprint author), no final period
    assertEquals("OLD UNIV, DEPT HIST, OLDTOWN, ENGLAND", old.correspondence().get(0).address());

    SourceRecord second = sink.records.get(2);
    assertEquals("nasty-crlf-bom.txt#3", second.sourceKey());
    assertEquals(DocumentType.REVIEW, second.documentType());
    assertEquals(List.of(1), second.author(2).affiliationIndexes());
    assertEquals(List.of(1), second.author(3).affiliationIndexes());
    assertTrue(second.author(1).corresponding()); // "(Corresponding Author)", Novák vs Novak

    SourceRecord truncated = sink.records.get(3);
    assertEquals("A record cut short by a broken download", truncated.title());
    ParseProblem warning = sink.problems.get(sink.problems.size() - 1);
    assertEquals(4, warning.recordNumber());
    assertFalse(warning.fatalForRecord());
    assertTrue(warning.reason().contains("truncated"));
  }

  @Test
  void aRecordWithoutTitleOrUtIsDroppedAndReadingGoesOn(@TempDir Path dir) throws IOException {
    Path f = dir.resolve("x.txt");
    Files.writeString(f, "FN Clarivate Analytics Web of Science\nVR 1.0\nPT J\nAU A, B\nER\n\n"
        + "PT J\nTI Fine\nUT WOS:000000000000001\nER\nEF");
    CollectingSink sink = Samples.read(f);
    assertEquals(1, sink.records.size());
    assertEquals("x.txt#2", sink.records.get(0).sourceKey());
    assertEquals(1, sink.fatal().size());
    assertEquals(1, sink.fatal().get(0).recordNumber());
    assertEquals(3, sink.fatal().get(0).line());
  }

  @Test
  void noHeaderButPtLinesAndMissingErBetweenRecords(@TempDir Path dir) throws IOException {
    Path f = dir.resolve("y.ciw");
    Files.writeString(f, "PT J\nTI One\nUT WOS:1\nPT J\nTI Two\nUT WOS:2\nER\n");
    CollectingSink sink = Samples.read(f);
    assertEquals(List.of("One", "Two"), sink.records.stream().map(SourceRecord::title).toList());
    assertEquals(1, sink.problems.size());
    assertEquals(3, sink.records.get(0).origin().lastLine());
  }
}
