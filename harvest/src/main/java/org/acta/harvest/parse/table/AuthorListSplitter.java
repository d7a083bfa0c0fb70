package org.acta.harvest.parse.table;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Splits the author cell of a publication list into names. Lists use {@code ;}, {@code ,},
 * {@code " and "} or {@code &}; a comma may also separate surname and initials
 * ({@code Brodley, C. E. & Utgoff, P. E.}). Commas separate names when every piece is a
 * multi-word name ({@code Gottfried Vossen, Mathias Weske}); otherwise pieces are paired as
 * {@code Surname, Given}.
 */
public final class AuthorListSplitter {
  private AuthorListSplitter() {}

  private static final Pattern SEMICOLON = Pattern.compile("\\s*[;；]\\s*");
  private static final Pattern AND = Pattern.compile(
      "\\s+(?:and|AND|And)\\s+|\\s*&\\s*|\\s*，\\s*|\\s*、\\s*");
  private static final Pattern COMMA = Pattern.compile("\\s*,\\s*");
  private static final Pattern TRAILING_COMMA = Pattern.compile(",\\s*$");
  private static final Pattern WHITESPACE = Pattern.compile("\\s+");
  private static final Pattern ET_AL = Pattern.compile("(?i)^(et\\.? al\\.?|others)$");
  private static final Pattern GIVEN_LIKE = Pattern.compile(
      "(?:\\p{Lu}\\.?[\\s-]*){1,4}|(?:\\p{L}{1,3}\\.\\s*)+|\\p{Lu}\\p{Ll}+(?:[\\s-]\\p{Lu}\\.?)*");

  /** The names in {@code cell}, in order, trimmed; empty for a blank cell. */
  public static List<String> split(String cell) {
    List<String> out = new ArrayList<>();
    if (cell == null || cell.isBlank()) {
      return out;
    }
    String s = cell.strip();
    if (SEMICOLON.matcher(s).find()) {
      for (String part : SEMICOLON.split(s)) {
        add(out, part);
      }
      return out;
    }
    for (String chunk : AND.split(s)) {
      for (String name : splitCommas(chunk.strip())) {
        add(out, name);
      }
    }
    return out;
  }

  private static List<String> splitCommas(String chunk) {
    String[] pieces = COMMA.split(TRAILING_COMMA.matcher(chunk).replaceAll(""));
    if (pieces.length == 1) {
      return List.of(chunk);
    }
    boolean allMultiWord = true;
    for (String p : pieces) {
      allMultiWord &= WHITESPACE.split(p.strip()).length >= 2;
    }
    if (allMultiWord) {
      return List.of(pieces);
    }
    if (pieces.length == 2) {
      return List.of(pieces[0].strip() + ", " + pieces[1].strip());
    }
    if (pieces.length % 2 == 0) {
      boolean paired = true;
      for (int i = 1; i < pieces.length; i += 2) {
        paired &= GIVEN_LIKE.matcher(pieces[i].strip()).matches()
            && WHITESPACE.split(pieces[i - 1].strip()).length <= 3;
      }
      if (paired) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < pieces.length; i += 2) {
          out.add(pieces[i].strip() + ", " + pieces[i + 1].strip());
        }
        return out;
      }
    }
    return List.of(pieces);
  }

  private static void add(List<String> out, String name) {
    String n = name.strip();
    while (n.endsWith(",") || n.endsWith(";")) {
      n = n.substring(0, n.length() - 1).strip();
    }
    if (!n.isEmpty() && !ET_AL.matcher(n).matches()) {
      out.add(n);
    }
  }
}
