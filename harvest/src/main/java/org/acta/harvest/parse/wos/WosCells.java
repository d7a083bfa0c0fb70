package org.acta.harvest.parse.wos;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Puts one tab-delimited or Excel row into {@link WosFields}: list tags are {@code ; }-joined in
 * a cell (formats.md §3.3); {@code C1} splits on {@code ; } only before {@code [}.
 */
final class WosCells {
  private WosCells() {}

  private static final Pattern ITEM_SEPARATOR = Pattern.compile("\\s*;\\s+");
  private static final Pattern C1_SEPARATOR = Pattern.compile(";\\s*(?=\\[)");

  /**
   * @param tags the tag of each column (null for columns to ignore)
   * @param cells the row's cells
   */
  static WosFields toFields(List<String> tags, List<String> cells) {
    WosFields f = new WosFields();
    int n = Math.min(tags.size(), cells.size());
    for (int i = 0; i < n; i++) {
      String tag = tags.get(i);
      String cell = cells.get(i);
      if (tag == null || cell == null || cell.isBlank() || "CR".equals(tag)) {
        continue;
      }
      if ("C1".equals(tag)) {
        Pattern sep = cell.indexOf('[') >= 0 ? C1_SEPARATOR : ITEM_SEPARATOR;
        for (String item : sep.split(cell)) {
          f.add(tag, item);
        }
      } else if (WosTags.isListTag(tag)) {
        for (String item : ITEM_SEPARATOR.split(cell)) {
          f.add(tag, item);
        }
      } else {
        f.add(tag, cell);
      }
    }
    return f;
  }
}
