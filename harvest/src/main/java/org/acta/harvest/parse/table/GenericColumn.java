package org.acta.harvest.parse.table;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The columns a generic publication list may have, each with the header labels that name it
 * (English and Chinese synonyms, compared case-insensitively after folding accents, spaces,
 * underscores and punctuation away).
 */
public enum GenericColumn {
  ID("id", "key", "entity id", "record id", "recordid", "identifier", "编号", "序号", "记录号"),
  TITLE("title", "article title", "paper title", "document title", "name of paper", "题名", "标题",
      "篇名", "论文题目", "论文名称", "题目"),
  AUTHORS("authors", "author", "author names", "creator", "creators", "作者", "作者姓名", "全部作者"),
  YEAR("year", "publication year", "pub year", "date", "年", "年份", "出版年", "发表年份", "年度"),
  SOURCE("source", "venue", "journal", "booktitle", "book title", "source title", "publication",
      "journal title", "conference", "proceedings", "来源", "期刊", "刊名", "来源期刊", "发表期刊",
      "会议名称", "出版物"),
  VOLUME("volume", "vol", "卷", "卷号"),
  ISSUE("issue", "number", "no", "期", "期号"),
  PAGES("pages", "page", "page range", "页码", "页"),
  DOI("doi"),
  ISSN("issn", "eissn", "国际标准刊号"),
  AFFILIATIONS("affiliations", "affiliation", "addresses", "institution",
      "organization", "organisation", "单位", "机构", "作者单位"),
  KEYWORDS("keywords", "keyword", "关键词"),
  ABSTRACT("abstract", "摘要"),
  DOCTYPE("type", "document type", "doc type", "publication type", "文献类型", "类型"),
  LANGUAGE("language", "语种", "语言"),
  PUBLISHER("publisher", "出版社", "出版者"),
  URL("url", "link", "链接");

  private final List<String> labels;

  GenericColumn(String... labels) {
    this.labels = List.of(labels).stream().map(GenericColumn::key).toList();
  }

  /** The column a header label names, if any. */
  public static Optional<GenericColumn> of(String label) {
    String k = key(label);
    if (k.isEmpty()) {
      return Optional.empty();
    }
    for (GenericColumn c : values()) {
      if (c.labels.contains(k)) {
        return Optional.of(c);
      }
    }
    return Optional.empty();
  }

  /** True when a header row looks like a publication list: a title column and one more known. */
  public static boolean looksLikePublicationList(List<String> header) {
    boolean title = false;
    int known = 0;
    for (String label : header) {
      Optional<GenericColumn> c = of(label);
      if (c.isPresent()) {
        known++;
        title |= c.get() == TITLE;
      }
    }
    return title && known >= 2;
  }

  static String key(String label) {
    if (label == null) {
      return "";
    }
    String s = Normalizer.normalize(label.replace("\uFEFF", ""), Normalizer.Form.NFKD);
    s = Keys.MARKS.matcher(s).replaceAll("");
    return Keys.NOISE.matcher(s.toLowerCase(Locale.ROOT)).replaceAll("");
  }

  /** Patterns in a holder: enum constants are initialised before the enum's static fields. */
  private static final class Keys {
    static final Pattern NOISE = Pattern.compile("[\\s_.:：()（）\\-/]+");
    static final Pattern MARKS = Pattern.compile("\\p{M}+");
  }
}
