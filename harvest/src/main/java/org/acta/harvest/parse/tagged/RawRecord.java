package org.acta.harvest.parse.tagged;

import java.util.ArrayList;
import java.util.List;

/**
 * One record as cut from a tagged export, before any interpretation.
 *
 * @param number 1-based position of the record in the file
 * @param firstLine line of the record's first field
 * @param lastLine last non-blank line of the record
 * @param verbatim the record's lines exactly as read, terminators included, trailing blank lines
 *     excluded
 * @param fields the fields in file order (a tag may repeat)
 * @param terminated false when the format has an end marker and this record lacks it (truncated
 *     file)
 */
public record RawRecord(
    int number, int firstLine, int lastLine, String verbatim, List<TaggedField> fields,
    boolean terminated) {

  public RawRecord {
    fields = List.copyOf(fields);
  }

  /** The first non-blank value of any of the tags, trimmed, or null. */
  public String first(String... tags) {
    for (TaggedField f : fields) {
      for (String t : tags) {
        if (f.tag().equals(t) && f.value() != null && !f.value().isBlank()) {
          return f.value().trim();
        }
      }
    }
    return null;
  }

  /** All non-blank values of any of the tags, in file order, trimmed. */
  public List<String> all(String... tags) {
    List<String> out = new ArrayList<>();
    for (TaggedField f : fields) {
      for (String t : tags) {
        if (f.tag().equals(t) && f.value() != null && !f.value().isBlank()) {
          out.add(f.value().trim());
        }
      }
    }
    return out;
  }

  /** The field carrying the tag, or null (for its line number in problem reports). */
  public TaggedField field(String tag) {
    for (TaggedField f : fields) {
      if (f.tag().equals(tag)) {
        return f;
      }
    }
    return null;
  }
}
