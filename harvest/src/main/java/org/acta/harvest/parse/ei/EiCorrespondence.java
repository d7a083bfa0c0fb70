package org.acta.harvest.parse.ei;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.acta.harvest.parse.tagged.Problems;
import org.acta.harvest.text.MarkupDecoder;
import org.acta.matching.model.Author;
import org.acta.matching.model.Correspondence;

/**
 * Reads EV's {@code Corresponding author} field — entries {@code Name(email)} separated by
 * {@code ;} or, in older templates, only by whitespace — and binds each entry to an author
 * position. An empty field means "not given", never "first author".
 */
final class EiCorrespondence {

  /** The entries, and the author list with corresponding flags and e-mails set. */
  record Result(List<Correspondence> entries, List<Author> authors, List<String> emails) {}

  private static final Pattern ENTRY_BOUNDARY = Pattern.compile(";|(?<=\\))\\s+(?=[^\\s(])");
  private static final Pattern EMAIL = Pattern.compile("[^\\s,;()<>]+@[^\\s,;()<>]+\\.[A-Za-z]{2,}");

  private EiCorrespondence() {}

  static Result read(
      String field, String address, List<Author> authors, Problems problems, int line) {
    List<Author> updated = new ArrayList<>(authors);
    List<Correspondence> entries = new ArrayList<>();
    List<String> allEmails = new ArrayList<>();
    if (field == null || field.isBlank()) {
      return new Result(entries, updated, allEmails);
    }
    String addr = MarkupDecoder.decodeHtml(address);
    for (String part : ENTRY_BOUNDARY.split(field)) {
      String entry = part.strip();
      if (entry.isEmpty()) {
        continue;
      }
      List<String> emails = new ArrayList<>();
      Matcher e = EMAIL.matcher(entry);
      while (e.find()) {
        emails.add(e.group());
      }
      int paren = entry.indexOf('(');
      String name = MarkupDecoder.decodeHtml(paren >= 0 ? entry.substring(0, paren) : entry);
      if (name != null && EMAIL.matcher(name).matches()) {
        name = null; // an e-mail-only entry
      }
      List<String> names = name == null ? List.of() : List.of(name);
      List<Integer> positions = new ArrayList<>();
      if (name != null) {
        int position = EiNames.resolve(name, emails, updated);
        if (position > 0) {
          positions.add(position);
          Author a = updated.get(position - 1);
          List<String> authorEmails = new ArrayList<>(a.emails());
          for (String mail : emails) {
            if (!authorEmails.contains(mail)) {
              authorEmails.add(mail);
            }
          }
          updated.set(position - 1, a.withCorresponding(true).withEmails(authorEmails));
        } else {
          problems.warn(line, "Corresponding author",
              "corresponding author " + name + " matches no single author of the record");
        }
      }
      for (String mail : emails) {
        if (!allEmails.contains(mail)) {
          allEmails.add(mail);
        }
      }
      entries.add(new Correspondence(names, positions, addr, emails));
    }
    return new Result(entries, updated, allEmails);
  }
}
