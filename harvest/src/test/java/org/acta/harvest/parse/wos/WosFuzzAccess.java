package org.acta.harvest.parse.wos;

import org.acta.matching.model.RecordOrigin;

/** Test-side access to the WoS package internals for the fuzz tests. */
public final class WosFuzzAccess {
  private WosFuzzAccess() {}

  public static void parseReprint(String rp) {
    WosReprintParser.parse(rp);
  }

  /**
   * Reads {@code text} as the lines of one tagged record ({@code XX value}, indented
   * continuations) and maps it, exactly as the plain-text parser does.
   */
  public static void mapTagged(String text) {
    if (text == null) {
      return; // Jazzer also generates null strings
    }
    WosFields f = new WosFields();
    String tag = null;
    for (String line : text.split("\n", -1)) {
      if (line.length() >= 2 && WosTags.TAG.matcher(line.substring(0, 2)).matches()
          && (line.length() == 2 || line.charAt(2) == ' ')) {
        tag = line.substring(0, 2);
        f.add(tag, line.length() > 3 ? line.substring(3) : "");
      } else if (tag != null) {
        if (WosTags.isListTag(tag)) {
          f.add(tag, line.strip());
        } else {
          f.appendToLast(tag, line.strip());
        }
      }
    }
    try {
      WosRecordMapper.map(f, new RecordOrigin("fuzz", 1, 1, 1, text), "WOS_PLAIN", (a, b) -> { });
    } catch (WosRecordMapper.UnusableRecordException expected) {
      // a documented outcome
    }
  }
}
