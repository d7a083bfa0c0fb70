package org.acta.harvest.parse.ei;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.acta.harvest.parse.tagged.Problems;
import org.acta.harvest.text.MarkupDecoder;
import org.acta.matching.model.Author;

/**
 * Reads EV's {@code Author} and {@code Author affiliation} fields and links them (formats.md
 * §4.8): authors are {@code Surname, Given (1, 2)} joined by {@code ;}, affiliations are
 * {@code (1) text (2) text} with no separator — a {@code ;} inside an affiliation is part of it
 * ({@code Jiangzhou; 510999, China}), so the list is cut only at {@code (n) } markers that start
 * the field or follow a space and whose numbers increase.
 */
final class EiAuthorList {

  /** Authors and the affiliations their indexes point into. */
  record Linked(List<Author> authors, List<String> affiliations) {}

  private static final Pattern MARKER = Pattern.compile("\\((\\d{1,3})\\)\\s");
  private static final Pattern TRAILING_GROUP = Pattern.compile("\\s*\\(([^()]*)\\)\\s*$");
  private static final Pattern ID_LIST = Pattern.compile("^\\s*\\d{1,3}(?:\\s*,\\s*\\d{1,3})*\\s*$");
  private static final Pattern EMAIL = Pattern.compile("[^\\s,;()<>]+@[^\\s,;()<>]+\\.[A-Za-z]{2,}");

  private EiAuthorList() {}

  static Linked link(String authorField, String affiliationField, Problems problems, int line) {
    Map<Integer, Integer> indexById = new LinkedHashMap<>();
    List<String> affiliations = new ArrayList<>();
    Integer unnumbered = splitAffiliations(affiliationField, affiliations, indexById);

    List<Author> authors = new ArrayList<>();
    for (String item : splitAuthors(authorField)) {
      List<Integer> ids = new ArrayList<>();
      List<String> emails = new ArrayList<>();
      String name = item;
      Matcher m;
      while ((m = TRAILING_GROUP.matcher(name)).find()) {
        String inside = m.group(1);
        if (ID_LIST.matcher(inside).matches()) {
          for (String id : inside.split(",")) {
            ids.add(Integer.parseInt(id.strip()));
          }
        } else if (EMAIL.matcher(inside).find()) {
          Matcher e = EMAIL.matcher(inside);
          while (e.find()) {
            emails.add(e.group());
          }
        } else {
          break; // "Name (Country)" of inventors: part of the printed name
        }
        name = name.substring(0, m.start());
      }
      name = MarkupDecoder.decodeHtml(name);
      if (name == null) {
        continue;
      }
      List<Integer> indexes = new ArrayList<>();
      for (Integer id : ids) {
        Integer index = indexById.get(id);
        if (index == null) {
          problems.warn(line, "Author affiliation",
              "author " + name + " points to affiliation (" + id + "), which the record lacks");
        } else if (!indexes.contains(index)) {
          indexes.add(index);
        }
      }
      if (ids.isEmpty() && unnumbered != null) {
        indexes.add(unnumbered);
      }
      String[] parts = EiNames.split(name);
      boolean initials = EiNames.isInitials(parts[1]);
      authors.add(new Author(authors.size() + 1, name, initials ? name : null,
          initials ? null : name, null, indexes, emails, null, null, false));
    }
    return new Linked(authors, affiliations);
  }

  /**
   * Fills {@code affiliations} and the id → index map; returns the index of the affiliation
   * that applies to authors without ids (a field without any marker), else null.
   */
  private static Integer splitAffiliations(
      String field, List<String> affiliations, Map<Integer, Integer> indexById) {
    if (field == null || field.isBlank()) {
      return null;
    }
    Matcher m = MARKER.matcher(field);
    List<int[]> markers = new ArrayList<>(); // {start, end, id}
    int lastId = 0;
    while (m.find()) {
      int start = m.start();
      boolean atBoundary = start == 0 || Character.isWhitespace(field.charAt(start - 1))
          || field.charAt(start - 1) == '\u00A0';
      int id = Integer.parseInt(m.group(1));
      if (atBoundary && id > lastId) {
        markers.add(new int[] {start, m.end(), id});
        lastId = id;
      }
    }
    if (markers.isEmpty()) {
      String text = MarkupDecoder.decodeHtml(field);
      if (text == null) {
        return null;
      }
      affiliations.add(text);
      return 0;
    }
    String head = MarkupDecoder.decodeHtml(field.substring(0, markers.get(0)[0]));
    if (head != null) {
      affiliations.add(head); // an id-0 affiliation printed without marker
    }
    for (int i = 0; i < markers.size(); i++) {
      int[] mk = markers.get(i);
      int end = i + 1 < markers.size() ? markers.get(i + 1)[0] : field.length();
      String text = MarkupDecoder.decodeHtml(field.substring(mk[1], end));
      if (text != null) {
        indexById.put(mk[2], affiliations.size());
        affiliations.add(text);
      }
    }
    return null;
  }

  /** Splits on {@code ;} outside parentheses. */
  static List<String> splitAuthors(String field) {
    List<String> out = new ArrayList<>();
    if (field == null) {
      return out;
    }
    int depth = 0;
    StringBuilder cur = new StringBuilder();
    for (int i = 0; i < field.length(); i++) {
      char c = field.charAt(i);
      if (c == '(') {
        depth++;
      } else if (c == ')' && depth > 0) {
        depth--;
      }
      if (c == ';' && depth == 0) {
        addIfNotBlank(out, cur);
        cur.setLength(0);
      } else {
        cur.append(c);
      }
    }
    addIfNotBlank(out, cur);
    return out;
  }

  private static void addIfNotBlank(List<String> out, StringBuilder sb) {
    String s = sb.toString().strip();
    if (!s.isEmpty()) {
      out.add(s);
    }
  }
}
