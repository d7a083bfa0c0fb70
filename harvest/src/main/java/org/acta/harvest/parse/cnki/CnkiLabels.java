package org.acta.harvest.parse.cnki;

import java.util.Map;

/**
 * The bilingual labels of CNKI's custom text, E-Study and Excel exports ({@code Title-题名},
 * {@code Organ-单位}, {@code PageCount-页码}, …) and the bare Chinese column names some Excel
 * files use ({@code 题名}, {@code 作者}). A label is recognised by its Chinese part, which is
 * stable where the English part is not ({@code Source-文献来源} / {@code Source-刊名}); the
 * Chinese part also tells {@code PageCount-页码} (custom: a range) from {@code PageCount-页数}
 * (E-Study: a count, not used).
 */
final class CnkiLabels {

  private static final Map<String, CnkiField> BY_CHINESE = Map.ofEntries(
      Map.entry("来源库", CnkiField.SOURCE_DATABASE),
      Map.entry("题名", CnkiField.TITLE),
      Map.entry("篇名", CnkiField.TITLE),
      Map.entry("英文题名", CnkiField.TITLE_ALT),
      Map.entry("英文篇名", CnkiField.TITLE_ALT),
      Map.entry("英文标题", CnkiField.TITLE_ALT),
      Map.entry("作者", CnkiField.AUTHORS),
      Map.entry("导师", CnkiField.SUPERVISORS),
      Map.entry("单位", CnkiField.ORGANISATIONS),
      Map.entry("机构", CnkiField.ORGANISATIONS),
      Map.entry("作者机构", CnkiField.ORGANISATIONS),
      Map.entry("作者单位", CnkiField.ORGANISATIONS),
      Map.entry("文献来源", CnkiField.SOURCE),
      Map.entry("刊名", CnkiField.SOURCE),
      Map.entry("来源", CnkiField.SOURCE),
      Map.entry("学位授予单位", CnkiField.PUBLISHER),
      Map.entry("会议名称", CnkiField.CONFERENCE),
      Map.entry("会议地点", CnkiField.CONFERENCE_PLACE),
      Map.entry("关键词", CnkiField.KEYWORDS),
      Map.entry("摘要", CnkiField.ABSTRACT),
      Map.entry("发表时间", CnkiField.DATE),
      Map.entry("出版时间", CnkiField.DATE),
      Map.entry("出版日期", CnkiField.DATE),
      Map.entry("基金", CnkiField.FUND),
      Map.entry("年", CnkiField.YEAR),
      Map.entry("卷", CnkiField.VOLUME),
      Map.entry("期", CnkiField.ISSUE),
      Map.entry("页码", CnkiField.PAGES),
      Map.entry("中图分类号", CnkiField.CLASSIFICATION),
      Map.entry("国际标准刊号", CnkiField.ISSN_ISBN),
      Map.entry("ISSN", CnkiField.ISSN_ISBN),
      Map.entry("统一刊号", CnkiField.CN_NUMBER),
      Map.entry("国内统一刊号", CnkiField.CN_NUMBER),
      Map.entry("网址", CnkiField.URL),
      Map.entry("链接", CnkiField.URL),
      Map.entry("DOI", CnkiField.DOI),
      Map.entry("学位", CnkiField.DEGREE),
      Map.entry("DataType", CnkiField.DATA_TYPE));

  private CnkiLabels() {}

  /** The field of a label ({@code Title-题名}, {@code 题名}, {@code DataType}), or null. */
  static CnkiField of(String label) {
    if (label == null) {
      return null;
    }
    String l = label.replace("\uFEFF", "").strip();
    int dash = l.indexOf('-');
    String chinese = dash >= 0 ? l.substring(dash + 1).strip() : l;
    CnkiField f = BY_CHINESE.get(chinese);
    if (f == null && dash >= 0) {
      f = BY_CHINESE.get(l.substring(0, dash).strip()); // "DOI-DOI", "ISSN-…"
    }
    return f;
  }
}
