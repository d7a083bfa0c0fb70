package org.acta.harvest.lists;

import java.util.List;
import java.util.Locale;

/**
 * The columns of the list files, each with the header spellings it is recognised by (the
 * canonical name first; then the names of the publishers' own exports and Chinese names), so that
 * a list downloaded from its publisher needs at most the edition columns added.
 */
enum ListColumn {
  LIST("list", "kind", "list_name", "目录", "收录目录"),
  EDITION("edition", "版本", "版次", "citation_index"),
  VALID_FROM("valid_from", "from", "first_year", "起始年", "开始年份"),
  VALID_TO("valid_to", "to", "last_year", "终止年", "结束年份"),
  YEAR("year", "jcr_year", "年份", "jcr年份"),
  TITLE("title", "journal", "journal_title", "full_journal_title", "journal_name", "full_title",
      "source_title", "刊名", "期刊名称", "期刊名", "题名"),
  ISSN("issn", "print_issn", "issn号"),
  EISSN("eissn", "e_issn", "electronic_issn", "online_issn"),
  CN("cn", "cn_number", "cn号", "国内统一刊号", "统一刊号", "刊号"),
  TIER("tier", "part", "类别", "核心/扩展", "来源/扩展"),
  CATEGORY("category", "wos_category", "subject_category", "学科类别"),
  IMPACT_FACTOR("impact_factor", "jif", "journal_impact_factor", "if", "影响因子"),
  QUARTILE("quartile", "jif_quartile", "分区", "jcr分区"),
  ESI_FIELD("esi_field", "research_field", "field", "category_name", "esi学科"),
  DOI("doi"),
  WOS_UT("wos_ut", "ut", "accession_number", "wos", "入藏号"),
  DISCIPLINE("discipline", "学科", "本校学科");

  private final List<String> names;

  ListColumn(String... names) {
    this.names = List.of(names);
  }

  /** The name docs/lists.md gives the column. */
  String canonical() {
    return names.get(0);
  }

  /**
   * A header cell as compared: lower case, spaces, hyphens and dots folded to {@code _}, BOM and
   * surrounding space dropped.
   */
  static String normalizeHeader(String cell) {
    String s = cell.replace("\uFEFF", "").strip().toLowerCase(Locale.ROOT);
    s = s.replaceAll("[\\s\\-.]+", "_");
    return s;
  }

  /** The column a header cell names, or null. */
  static ListColumn ofHeader(String cell) {
    String h = normalizeHeader(cell);
    for (ListColumn c : values()) {
      if (c.names.contains(h)) {
        return c;
      }
    }
    return null;
  }
}
