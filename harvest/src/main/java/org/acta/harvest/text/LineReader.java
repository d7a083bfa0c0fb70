package org.acta.harvest.text;

import java.io.IOException;
import java.io.Reader;

/**
 * Reads decoded text line by line, streaming, keeping what {@link java.io.BufferedReader} throws
 * away: the 1-based line number and the line terminator ({@code \r\n}, {@code \n}, {@code \r} or
 * nothing at end of file), so that a parser can rebuild a record's verbatim text exactly.
 *
 * <p>A byte-order mark (U+FEFF) at the start of a line — left behind when users concatenate
 * exports — is removed from {@link Line#text()} but kept in {@link Line#raw()}.
 *
 * <p>Not thread-safe; one instance per file. The caller closes the underlying reader.
 */
public final class LineReader {

  /**
   * One physical line.
   *
   * @param number 1-based line number
   * @param text the line without terminator and without a leading U+FEFF
   * @param raw the line exactly as read, terminator included
   */
  public record Line(int number, String text, String raw) {
    public boolean isBlank() {
      return text.isBlank();
    }
  }

  private final Reader in;
  private final char[] buf = new char[1 << 14];
  private int pos;
  private int len;
  private int lineNumber;
  private boolean eof;

  public LineReader(Reader in) {
    this.in = in;
  }

  /** The next line, or null at end of input. */
  public Line next() throws IOException {
    if (eof && pos >= len) {
      return null;
    }
    StringBuilder sb = new StringBuilder(128);
    String terminator = "";
    while (true) {
      if (pos >= len && !fill()) {
        break;
      }
      char c = buf[pos++];
      if (c == '\n') {
        terminator = "\n";
        break;
      }
      if (c == '\r') {
        if (pos >= len) {
          fill();
        }
        if (pos < len && buf[pos] == '\n') {
          pos++;
          terminator = "\r\n";
        } else {
          terminator = "\r";
        }
        break;
      }
      sb.append(c);
    }
    if (sb.length() == 0 && terminator.isEmpty()) {
      return null;
    }
    lineNumber++;
    String raw = sb + terminator;
    String text = sb.length() > 0 && sb.charAt(0) == '\uFEFF' ? sb.substring(1) : sb.toString();
    return new Line(lineNumber, text, raw);
  }

  private boolean fill() throws IOException {
    if (eof) {
      return false;
    }
    int n = in.read(buf, 0, buf.length);
    if (n <= 0) {
      eof = true;
      pos = 0;
      len = 0;
      return false;
    }
    pos = 0;
    len = n;
    return true;
  }
}
