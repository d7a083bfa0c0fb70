package org.acta.harvest.parse.tagged;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.acta.harvest.text.LineReader;
import org.acta.harvest.text.LineReader.Line;

/**
 * Cuts a tagged export into {@link RawRecord}s, one at a time: memory holds one record only. A
 * record starts at a line the grammar calls a record start and runs to the grammar's end marker
 * or to the next record start; untagged lines continue the previous field; blank lines inside a
 * record are kept in the verbatim text but carry no value. Lines outside any record (before the
 * first one, or after an end marker) are counted in {@link #strayLines()} and their first line
 * number kept, so the parser can report them once.
 */
public final class TaggedRecordReader {

  private final LineReader lines;
  private final LineGrammar grammar;
  private Line pending;
  private TaggedField pendingField;
  private int recordCount;
  private int strayLines;
  private int firstStrayLine;

  public TaggedRecordReader(LineReader lines, LineGrammar grammar) {
    this.lines = lines;
    this.grammar = grammar;
  }

  /** Non-blank lines found outside any record so far. */
  public int strayLines() {
    return strayLines;
  }

  /** Line number of the first stray line, 0 if none. */
  public int firstStrayLine() {
    return firstStrayLine;
  }

  /** The next record, or null at end of file. */
  public RawRecord next() throws IOException {
    Line startLine = pending;
    TaggedField startField = pendingField;
    pending = null;
    pendingField = null;
    while (startLine == null) {
      Line line = lines.next();
      if (line == null) {
        return null;
      }
      if (line.isBlank()) {
        continue;
      }
      TaggedField f = grammar.parse(line.text(), line.number());
      if (f != null && grammar.startsRecord(f)) {
        startLine = line;
        startField = f;
      } else {
        stray(line);
      }
    }
    return readRecord(startLine, startField);
  }

  private RawRecord readRecord(Line startLine, TaggedField startField) throws IOException {
    int number = ++recordCount;
    StringBuilder verbatim = new StringBuilder(startLine.raw());
    StringBuilder blanks = new StringBuilder();
    List<MutableField> fields = new ArrayList<>();
    fields.add(new MutableField(startField));
    int lastLine = startLine.number();
    boolean terminated = !grammar.hasEndMarker();
    if (grammar.endsRecord(startField)) {
      return build(number, startLine.number(), lastLine, verbatim, fields, true);
    }
    Line line;
    while ((line = lines.next()) != null) {
      if (line.isBlank()) {
        blanks.append(line.raw());
        continue;
      }
      TaggedField f = grammar.parse(line.text(), line.number());
      if (f != null && grammar.startsRecord(f)) {
        pending = line;
        pendingField = f;
        break;
      }
      verbatim.append(blanks).append(line.raw());
      blanks.setLength(0);
      lastLine = line.number();
      if (f == null) {
        fields.get(fields.size() - 1).append(line.text(), grammar);
        continue;
      }
      fields.add(new MutableField(f));
      if (grammar.endsRecord(f)) {
        terminated = true;
        break;
      }
    }
    return build(number, startLine.number(), lastLine, verbatim, fields, terminated);
  }

  private void stray(Line line) {
    if (strayLines++ == 0) {
      firstStrayLine = line.number();
    }
  }

  private static RawRecord build(
      int number, int first, int last, StringBuilder verbatim, List<MutableField> fields,
      boolean terminated) {
    List<TaggedField> out = new ArrayList<>(fields.size());
    for (MutableField f : fields) {
      out.add(new TaggedField(f.tag, f.value, f.line));
    }
    return new RawRecord(number, first, last, verbatim.toString(), out, terminated);
  }

  private static final class MutableField {
    final String tag;
    final int line;
    String value;

    MutableField(TaggedField f) {
      tag = f.tag();
      line = f.line();
      value = f.value() == null ? "" : f.value();
    }

    void append(String continuation, LineGrammar grammar) {
      value = grammar.join(value, continuation);
    }
  }
}
