package org.acta.harvest.parse.table;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;

/**
 * Remembers the characters read through it, from the start of the oldest record not yet handed
 * on, so that the verbatim text of each CSV record can be cut out of the stream while Commons CSV
 * parses it. Holds at most the parser's read-ahead plus one record.
 */
final class RecordingReader extends FilterReader {
  private final StringBuilder window = new StringBuilder(1 << 16);
  private long windowStart;

  RecordingReader(Reader in) {
    super(in);
  }

  @Override
  public int read() throws IOException {
    int c = super.read();
    if (c >= 0) {
      window.append((char) c);
    }
    return c;
  }

  @Override
  public int read(char[] cbuf, int off, int len) throws IOException {
    int n = super.read(cbuf, off, len);
    if (n > 0) {
      window.append(cbuf, off, n);
    }
    return n;
  }

  /** Characters read so far (at the end of the stream: its length). */
  long position() {
    return windowStart + window.length();
  }

  /** The text between two absolute character positions, both still in the window. */
  String slice(long from, long to) {
    return window.substring((int) (from - windowStart), (int) (to - windowStart));
  }

  /** Forgets everything before {@code pos}. */
  void discardBefore(long pos) {
    int cut = (int) (pos - windowStart);
    if (cut > 0) {
      window.delete(0, cut);
      windowStart = pos;
    }
  }
}
