package org.acta.harvest.parse.ei;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.acta.matching.model.Author;

/**
 * Name keys for binding an EV "Corresponding author" entry to a position in the author list:
 * exact (diacritics and case folded), then same surname with compatible initials
 * ({@code Li, M.} ~ {@code Li, Ming}) when that candidate is unique. When several authors fit an
 * abbreviated entry ({@code Wang, Y.} for {@code Wang, Yangjie} and {@code Wang, Yang}), the
 * entry's e-mail address is a weak hint: the letters of its local part left after the surname
 * ({@code wangyj} → {@code yj}) must read, in order, inside exactly one candidate's given name.
 */
final class EiNames {

  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern NOT_LETTER = Pattern.compile("[^\\p{L}\\p{N}]+");
  private static final Pattern INITIALS_ONLY = Pattern.compile("^(?:\\p{Lu}\\.?[\\s-]*){1,4}$");

  private EiNames() {}

  /** 1-based position of the author that {@code name} denotes, or 0 if none or ambiguous. */
  static int resolve(String name, List<Author> authors) {
    return resolve(name, List.of(), authors);
  }

  /** As {@link #resolve(String, List)}, with the entry's e-mails to break a tie. */
  static int resolve(String name, List<String> emails, List<Author> authors) {
    if (name == null || name.isBlank()) {
      return 0;
    }
    String[] target = split(name);
    String exact = fold(target[0]) + "|" + fold(target[1]);
    List<Integer> exactHits = new ArrayList<>();
    List<Integer> looseHits = new ArrayList<>();
    String compact = fold(name); // "Zhang San(…)" without the comma EV normally prints
    for (Author a : authors) {
      String[] parts = split(a.name());
      if (exact.equals(fold(parts[0]) + "|" + fold(parts[1]))
          || target[1].isEmpty() && !parts[1].isEmpty()
              && (compact.equals(fold(parts[0]) + fold(parts[1]))
                  || compact.equals(fold(parts[1]) + fold(parts[0])))) {
        exactHits.add(a.position());
      } else if (fold(parts[0]).equals(fold(target[0]))
          && compatible(initials(parts[1]), initials(target[1]))) {
        looseHits.add(a.position());
      }
    }
    if (exactHits.size() == 1) {
      return exactHits.get(0);
    }
    if (exactHits.isEmpty() && looseHits.size() == 1) {
      return looseHits.get(0);
    }
    if (exactHits.isEmpty() && looseHits.size() > 1 && !emails.isEmpty()) {
      return byEmail(fold(target[0]), emails, looseHits, authors);
    }
    return 0;
  }

  private static int byEmail(
      String surname, List<String> emails, List<Integer> candidates, List<Author> authors) {
    int found = 0;
    for (int position : candidates) {
      String given = fold(split(authors.get(position - 1).name())[1]);
      for (String email : emails) {
        String local = fold(email.substring(0, Math.max(0, email.indexOf('@'))))
            .replaceAll("\\d", "");
        String rest = local.startsWith(surname) ? local.substring(surname.length())
            : local.endsWith(surname) ? local.substring(0, local.length() - surname.length())
            : null;
        if (rest != null && rest.length() >= 2 && isSubsequenceFromStart(rest, given)) {
          if (found != 0 && found != position) {
            return 0;
          }
          found = position;
        }
      }
    }
    return found;
  }

  /** True when {@code part} starts {@code whole} and its letters appear in order within it. */
  private static boolean isSubsequenceFromStart(String part, String whole) {
    if (whole.isEmpty() || part.charAt(0) != whole.charAt(0)) {
      return false;
    }
    int j = 0;
    for (int i = 0; i < whole.length() && j < part.length(); i++) {
      if (whole.charAt(i) == part.charAt(j)) {
        j++;
      }
    }
    return j == part.length();
  }

  /** {surname, given}; a name without comma is all surname. */
  static String[] split(String name) {
    int comma = name.indexOf(',');
    if (comma < 0) {
      return new String[] {name.strip(), ""};
    }
    return new String[] {name.substring(0, comma).strip(), name.substring(comma + 1).strip()};
  }

  /** True when the given-name part is only initials ({@code X.}, {@code X.M.}, {@code XM}). */
  static boolean isInitials(String given) {
    return given != null && !given.isBlank() && INITIALS_ONLY.matcher(given.strip()).matches();
  }

  static String fold(String s) {
    String d = Normalizer.normalize(s, Normalizer.Form.NFD);
    return NOT_LETTER.matcher(MARKS.matcher(d).replaceAll("")).replaceAll("")
        .toLowerCase(Locale.ROOT);
  }

  static String initials(String given) {
    if (given == null || given.isBlank()) {
      return "";
    }
    String g = given.strip();
    if (isInitials(g)) {
      return fold(g);
    }
    StringBuilder sb = new StringBuilder();
    for (String part : g.split("[\\s.\\-‐]+")) {
      if (!part.isEmpty()) {
        sb.append(part.charAt(0));
      }
    }
    return fold(sb.toString());
  }

  private static boolean compatible(String a, String b) {
    if (a.isEmpty() || b.isEmpty()) {
      return a.isEmpty() && b.isEmpty();
    }
    return a.startsWith(b) || b.startsWith(a);
  }
}
