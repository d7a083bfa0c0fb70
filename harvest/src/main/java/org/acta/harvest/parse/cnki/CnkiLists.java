package org.acta.harvest.parse.cnki;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.acta.harvest.text.MarkupDecoder;

/**
 * Splits CNKI's list values. Names: {@code ;} is the norm, old records use {@code ,}, some use
 * full-width {@code ，；} or {@code ;;}; a half-width comma splits only before a CJK character,
 * so foreign names written {@code Smith, John} stay whole (the rule of the Zotero translators).
 * Organisations: {@code ;}-separated, or in old records {@code 单位!城市邮编,单位!城市邮编}.
 */
final class CnkiLists {

  private static final Pattern NAME_SEPARATOR =
      Pattern.compile("\\s*(?:[;；，、]|,(?=\\s*[\\p{IsHan}])|%A\\b)\\s*");
  private static final Pattern TERM_SEPARATOR = Pattern.compile("\\s*[;；，]\\s*");
  private static final Pattern ORG_SEPARATOR = Pattern.compile("\\s*[;；]\\s*");
  private static final Pattern OLD_ORG_SEPARATOR = Pattern.compile("\\s*[,，]\\s*");

  private CnkiLists() {}

  /** Person names, decoded, empties dropped, order kept. */
  static List<String> names(List<String> values) {
    List<String> out = new ArrayList<>();
    for (String v : values) {
      for (String part : NAME_SEPARATOR.split(v)) {
        String n = MarkupDecoder.decode(part);
        if (n != null) {
          out.add(n);
        }
      }
    }
    return out;
  }

  /** Keywords, decoded, duplicates and empties dropped. */
  static List<String> terms(List<String> values) {
    List<String> out = new ArrayList<>();
    for (String v : values) {
      for (String part : TERM_SEPARATOR.split(v)) {
        String t = MarkupDecoder.decode(part);
        if (t != null && !out.contains(t)) {
          out.add(t);
        }
      }
    }
    return out;
  }

  /** Organisations, decoded; repeated ones (old records repeat per author) kept once. */
  static List<String> organisations(List<String> values) {
    List<String> out = new ArrayList<>();
    for (String v : values) {
      boolean oldStyle = v.indexOf(';') < 0 && v.indexOf('；') < 0 && v.indexOf('!') >= 0;
      for (String part : (oldStyle ? OLD_ORG_SEPARATOR : ORG_SEPARATOR).split(v)) {
        String o = MarkupDecoder.decode(part);
        if (o != null && !out.contains(o)) {
          out.add(o);
        }
      }
    }
    return out;
  }
}
