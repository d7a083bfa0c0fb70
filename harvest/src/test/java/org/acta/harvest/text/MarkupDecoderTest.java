package org.acta.harvest.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MarkupDecoderTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', value = {
      // CNKI sub/superscripts
      "α-Fe_2O_3/TiO_2纳米管 | α-Fe2O3/TiO2纳米管",
      "外施Ca~(2+)、ABA及H_3PO_4 | 外施Ca2+、ABA及H3PO4",
      "IC_(50)值 | IC50值",
      "1.86 mA/cm~2 | 1.86 mA/cm2",
      "电流密度 10 mA·cm~(-2) | 电流密度 10 mA·cm-2",
      "LiNi_(0.8)Co_(0.1)Mn_(0.1)O_2正极 | LiNi0.8Co0.1Mn0.1O2正极",
      "g-C_3N_4纳米片 | g-C3N4纳米片",
      "Fe_xO_y | FexOy",
      // CNKI range sign and genuine underscores/tildes stay
      "温度10~20 ℃ | 温度10~20 ℃",
      "见 https://kns.cnki.net/a_2?v=x~2 页 | 见 https://kns.cnki.net/a_2?v=x~2 页",
      "联系 zhang_3@djut.edu.cn | 联系 zhang_3@djut.edu.cn",
      "doi 10.1000/abc_2 | doi 10.1000/abc_2",
      "snake_case name | snake_case name",
      // HTML tags and entities (EI)
      "TiO<sub>2</sub> and Fe<inf>2</inf>O<inf>3</inf> | TiO2 and Fe2O3",
      "&alpha;-Fe2O3 &amp; &beta;-phase | α-Fe2O3 & β-phase",
      "&amp;alpha;-Fe2O3 | α-Fe2O3",
      "10<sup>-3</sup> S cm<sup>-1</sup> | 10-3 S cm-1",
      "<div data-language=\"eng\" data-ev-field=\"abstract\">Text.<br/></div> &copy; 2023 IEEE. | Text. © 2023 IEEE.",
      "p<0.05 and a<b | p<0.05 and a<b",
      "a\u00A0\u00A0b  c | a b c"})
  void decodes(String in, String expected) {
    assertEquals(expected, MarkupDecoder.decode(in));
  }

  @ParameterizedTest
  @CsvSource(value = {"'   '", "'<br/>'"})
  void blankBecomesNull(String in) {
    assertNull(MarkupDecoder.decode(in));
  }

  @org.junit.jupiter.api.Test
  void htmlOnlyKeepsUnderscoresAndTildes() {
    assertEquals("TiO2 in 50% of cases_x ~2", MarkupDecoder.decodeHtml("TiO<sub>2</sub> in 50% of cases_x ~2"));
  }

  @org.junit.jupiter.api.Test
  void entitiesOnlyForLinks() {
    assertEquals("https://kns.cnki.net/kcms2/article/abstract?v=Qx_9~&uniplatform=NZKPT",
        MarkupDecoder.decodeEntities(
            "https://kns.cnki.net/kcms2/article/abstract?v=Qx_9~&amp;uniplatform=NZKPT"));
    assertNull(MarkupDecoder.decode(null));
  }
}
