package org.acta.harvest.parse.ei;

import java.util.ArrayList;
import java.util.List;

/**
 * One BibTeX entry read as EV writes it: the type, the key (EV: the accession number followed by
 * {@code " ,"}), and the fields as an ordered multimap — EV repeats {@code copyright}, the second
 * one naming the database, which libraries that keep one value per name would lose. Values in
 * {@code {…}} may nest braces; values in quotes and bare numbers are accepted too. EV does not
 * LaTeX-escape values, so {@code &}, {@code _} and {@code %} are plain characters.
 */
record BibtexEntry(String type, String key, List<Field> fields, boolean complete) {

  record Field(String name, String value) {}

  /** All values of a field, case-insensitive name, in order. */
  List<String> all(String name) {
    List<String> out = new ArrayList<>();
    for (Field f : fields) {
      if (f.name().equalsIgnoreCase(name) && !f.value().isBlank()) {
        out.add(f.value().strip());
      }
    }
    return out;
  }

  String first(String name) {
    List<String> all = all(name);
    return all.isEmpty() ? null : all.get(0);
  }

  /**
   * Parses the text of one entry, starting at {@code @}. Never throws on malformed input: an
   * unclosed value takes the rest of the text and {@link #complete()} is false.
   */
  static BibtexEntry parse(String text) {
    int at = text.indexOf('@');
    int open = text.indexOf('{', at);
    int openParen = text.indexOf('(', at);
    if (at < 0 || open < 0 && openParen < 0) {
      return null;
    }
    if (open < 0 || openParen >= 0 && openParen < open) {
      open = openParen;
    }
    String type = text.substring(at + 1, open).strip();
    int comma = text.indexOf(',', open);
    int newline = text.indexOf('\n', open);
    if (comma < 0) {
      return new BibtexEntry(type, text.substring(open + 1).strip(), List.of(), false);
    }
    if (newline >= 0 && newline < comma && text.substring(open + 1, newline).contains("=")) {
      comma = open; // no key at all
    }
    String key = text.substring(open + 1, comma).strip();
    List<Field> fields = new ArrayList<>();
    int i = comma + 1;
    int n = text.length();
    boolean complete = false;
    while (i < n) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c) || c == ',') {
        i++;
        continue;
      }
      if (c == '}' || c == ')') {
        complete = true;
        break;
      }
      int eq = text.indexOf('=', i);
      if (eq < 0) {
        break;
      }
      String name = text.substring(i, eq).strip();
      i = eq + 1;
      while (i < n && Character.isWhitespace(text.charAt(i))) {
        i++;
      }
      if (i >= n) {
        break;
      }
      StringBuilder value = new StringBuilder();
      char v = text.charAt(i);
      if (v == '{') {
        int depth = 0;
        int start = i + 1;
        int j = i;
        for (; j < n; j++) {
          char ch = text.charAt(j);
          if (ch == '{') {
            depth++;
          } else if (ch == '}' && --depth == 0) {
            break;
          }
        }
        if (j >= n) {
          fields.add(new Field(name, stripInnerBraces(text.substring(start))));
          return new BibtexEntry(type, key, fields, false);
        }
        value.append(text, start, j);
        i = j + 1;
      } else if (v == '"') {
        int j = text.indexOf('"', i + 1);
        if (j < 0) {
          fields.add(new Field(name, text.substring(i + 1)));
          return new BibtexEntry(type, key, fields, false);
        }
        value.append(text, i + 1, j);
        i = j + 1;
      } else {
        int j = i;
        while (j < n && text.charAt(j) != ',' && text.charAt(j) != '}' && text.charAt(j) != '\n') {
          j++;
        }
        value.append(text, i, j);
        i = j;
      }
      fields.add(new Field(name, stripInnerBraces(value.toString())));
    }
    return new BibtexEntry(type, key, fields, complete);
  }

  /** {@code {TiO}_2} → {@code TiO_2}: protective braces inside a value are not text. */
  private static String stripInnerBraces(String value) {
    if (value.indexOf('{') < 0 && value.indexOf('}') < 0) {
      return value;
    }
    return value.replace("{", "").replace("}", "");
  }
}
