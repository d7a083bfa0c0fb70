package org.acta.harvest.detect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.acta.harvest.Samples;
import org.acta.harvest.SharedData;
import org.junit.jupiter.api.Test;

class CharsetSnifferTest {
  private final CharsetSniffer sniffer = new CharsetSniffer();

  private SniffedCharset sniff(byte[] bytes) throws IOException {
    return sniffer.sniff(new ByteArrayInputStream(bytes));
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] out = new byte[a.length + b.length];
    System.arraycopy(a, 0, out, 0, a.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }

  @Test
  void byteOrderMarks() throws IOException {
    byte[] text = "PT J".getBytes(StandardCharsets.UTF_8);
    SniffedCharset utf8 = sniff(concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, text));
    assertEquals(StandardCharsets.UTF_8, utf8.charset());
    assertEquals(3, utf8.bomLength());
    SniffedCharset le = sniff(concat(new byte[] {(byte) 0xFF, (byte) 0xFE},
        "PT".getBytes(StandardCharsets.UTF_16LE)));
    assertEquals(StandardCharsets.UTF_16LE, le.charset());
    assertEquals(2, le.bomLength());
    SniffedCharset be = sniff(concat(new byte[] {(byte) 0xFE, (byte) 0xFF},
        "PT".getBytes(StandardCharsets.UTF_16BE)));
    assertEquals(StandardCharsets.UTF_16BE, be.charset());
  }

  @Test
  void binaryContainers() throws IOException {
    assertTrue(sniff(new byte[] {'P', 'K', 3, 4, 0, 0}).binary());
    assertTrue(sniff(new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, 0}).binary());
  }

  @Test
  void utf8WithoutBomIsUtf8() throws IOException {
    SniffedCharset s = sniff("题名: α-Fe2O3 Müller".getBytes(StandardCharsets.UTF_8));
    assertEquals(StandardCharsets.UTF_8, s.charset());
    assertEquals(0, s.bomLength());
  }

  @Test
  void chineseGbkTextIsGb18030() throws IOException {
    byte[] gbk = "%0 Journal Article\n%A 张三;李四\n%T 纳米管阵列异质结光阳极的制备（SOH）\n%W CNKI\n"
        .getBytes(Charset.forName("GBK"));
    assertEquals(CharsetSniffer.GB18030, sniff(gbk).charset());
  }

  @Test
  void latin1TextIsNotMistakenForGb18030() throws IOException {
    byte[] latin1 = "\"Jürgen Müller, Ugur Çetintemel\",\"Nelson Mendonça Mattos\"\n"
        .getBytes(StandardCharsets.ISO_8859_1);
    assertEquals(StandardCharsets.ISO_8859_1, sniff(latin1).charset());
  }

  @Test
  void c1BytesMeanWindows1252() throws IOException {
    byte[] cp1252 = "It\u2019s a \u201cquote\u201d".getBytes(Charset.forName("windows-1252"));
    assertEquals(CharsetSniffer.WINDOWS_1252, sniff(cp1252).charset());
  }

  @Test
  void fixturesAndDatasets() throws IOException {
    assertEquals(StandardCharsets.ISO_8859_1,
        sniffer.sniff(SharedData.path("datasets/dblp-acm/leipzig/DBLP2.csv")).charset());
    assertEquals(StandardCharsets.UTF_8,
        sniffer.sniff(SharedData.path("datasets/dblp-acm/leipzig/ACM.csv")).charset());
    assertEquals(CharsetSniffer.GB18030,
        sniffer.sniff(Samples.of("generic/csv/chinese-gb18030.csv")).charset());
    assertEquals(StandardCharsets.ISO_8859_1,
        sniffer.sniff(Samples.of("generic/csv/latin1.csv")).charset());
  }
}
