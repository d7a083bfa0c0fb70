package org.acta.harvest.detect;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Decides how to turn a file's bytes into text (formats.md §1.1), in this order: UTF-16 and UTF-8
 * byte-order marks; OLE2 and ZIP magic (binary spreadsheets); strict UTF-8; GB18030 (the superset
 * of GBK and GB2312, so GBK files decode correctly); Latin-1, or windows-1252 when C1 bytes occur.
 *
 * <p>GB18030 accepts almost any byte sequence, a Latin-1 file included ({@code ü} followed by a
 * letter is a valid GBK pair). So GB18030 is chosen only when the bytes have the shape of Chinese
 * text: nearly every high byte is part of a pair whose two bytes are both in the GB2312 range
 * {@code A1..FE}. In Latin-1 text a high byte is almost always followed by an ASCII letter.
 *
 * <p>Streams the file once at most, in a fixed buffer: memory does not depend on the file size.
 * Stateless and thread-safe.
 */
public final class CharsetSniffer {
  /** windows-1252: what WoS "Tab-delimited (Win)" and Windows tools write for Western text. */
  static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
  static final Charset GB18030 = Charset.forName("GB18030");

  /** Share of high-byte pairs that must lie in the GB2312 area for the text to count as Chinese. */
  private static final double GB_SHARE = 0.8;

  /** Sniffs the file at {@code path}. */
  public SniffedCharset sniff(Path path) throws IOException {
    try (InputStream in = Files.newInputStream(path)) {
      return sniff(in);
    }
  }

  /** Sniffs a stream, reading it to the end at most; the caller closes it. */
  public SniffedCharset sniff(InputStream in) throws IOException {
    byte[] buf = new byte[1 << 16];
    int n = in.readNBytes(buf, 0, buf.length);
    if (n >= 2 && (buf[0] & 0xFF) == 0xFF && (buf[1] & 0xFF) == 0xFE) {
      return new SniffedCharset(StandardCharsets.UTF_16LE, 2, false, "UTF-16LE byte-order mark");
    }
    if (n >= 2 && (buf[0] & 0xFF) == 0xFE && (buf[1] & 0xFF) == 0xFF) {
      return new SniffedCharset(StandardCharsets.UTF_16BE, 2, false, "UTF-16BE byte-order mark");
    }
    if (n >= 3 && (buf[0] & 0xFF) == 0xEF && (buf[1] & 0xFF) == 0xBB && (buf[2] & 0xFF) == 0xBF) {
      return new SniffedCharset(StandardCharsets.UTF_8, 3, false, "UTF-8 byte-order mark");
    }
    if (n >= 4 && (buf[0] & 0xFF) == 0xD0 && (buf[1] & 0xFF) == 0xCF && (buf[2] & 0xFF) == 0x11
        && (buf[3] & 0xFF) == 0xE0) {
      return new SniffedCharset(null, 0, true, "OLE2 container (legacy Excel .xls)");
    }
    if (n >= 4 && buf[0] == 'P' && buf[1] == 'K' && buf[2] == 3 && buf[3] == 4) {
      return new SniffedCharset(null, 0, true, "ZIP container (.xlsx)");
    }
    ByteStats stats = new ByteStats();
    while (n > 0) {
      stats.feed(buf, n);
      n = in.readNBytes(buf, 0, buf.length);
    }
    stats.finish();
    return stats.decide();
  }

  /**
   * One pass over the bytes with two small state machines: a UTF-8 validator and a GB18030
   * structure checker that counts where the high-byte pairs lie.
   */
  private static final class ByteStats {
    // UTF-8 validator state
    private int utf8Remaining;
    private int utf8Lead;
    private boolean utf8Valid = true;
    private boolean sawHigh;
    private boolean sawC1;
    // GB18030 structure state: 0 = expect lead, 1 = after lead, 2/3/4 = inside a 4-byte sequence
    private int gbState;
    private int gbLead;
    private boolean gbValid = true;
    private long gbPairs;
    private long gbPairsInGb2312Area;

    void feed(byte[] buf, int n) {
      for (int i = 0; i < n; i++) {
        int b = buf[i] & 0xFF;
        if (b < 0x80 && utf8Remaining == 0 && gbState == 0) {
          continue; // ASCII between characters: nothing to check (most of most files)
        }
        if (b >= 0x80) {
          sawHigh = true;
          if (b <= 0x9F) {
            sawC1 = true;
          }
        }
        if (utf8Valid) {
          utf8(b);
        }
        if (gbValid) {
          gb(b);
        }
      }
    }

    private void utf8(int b) {
      if (utf8Remaining == 0) {
        if (b < 0x80) {
          return;
        }
        if (b >= 0xC2 && b <= 0xDF) {
          utf8Remaining = 1;
        } else if (b >= 0xE0 && b <= 0xEF) {
          utf8Remaining = 2;
        } else if (b >= 0xF0 && b <= 0xF4) {
          utf8Remaining = 3;
        } else {
          utf8Valid = false;
          return;
        }
        utf8Lead = b;
        return;
      }
      if ((b & 0xC0) != 0x80) {
        utf8Valid = false;
        return;
      }
      // Overlong and surrogate forms, checked on the first continuation byte only.
      if (utf8Lead != 0) {
        if ((utf8Lead == 0xE0 && b < 0xA0) || (utf8Lead == 0xED && b > 0x9F)
            || (utf8Lead == 0xF0 && b < 0x90) || (utf8Lead == 0xF4 && b > 0x8F)) {
          utf8Valid = false;
          return;
        }
        utf8Lead = 0;
      }
      utf8Remaining--;
    }

    private void gb(int b) {
      switch (gbState) {
        case 0 -> {
          if (b < 0x80) {
            return;
          }
          if (b == 0x80 || b == 0xFF) {
            gbValid = false;
            return;
          }
          gbLead = b;
          gbState = 1;
        }
        case 1 -> {
          if (b >= 0x30 && b <= 0x39) {
            gbState = 2;
          } else if ((b >= 0x40 && b <= 0x7E) || (b >= 0x80 && b <= 0xFE)) {
            gbPairs++;
            if (gbLead >= 0xA1 && b >= 0xA1) {
              gbPairsInGb2312Area++;
            }
            gbState = 0;
          } else {
            gbValid = false;
          }
        }
        case 2 -> {
          if (b >= 0x81 && b <= 0xFE) {
            gbState = 3;
          } else {
            gbValid = false;
          }
        }
        case 3 -> {
          if (b >= 0x30 && b <= 0x39) {
            gbPairs++;
            gbState = 0;
          } else {
            gbValid = false;
          }
        }
        default -> gbValid = false;
      }
    }

    void finish() {
      if (utf8Remaining != 0) {
        utf8Valid = false;
      }
      if (gbState != 0) {
        gbValid = false;
      }
    }

    SniffedCharset decide() {
      if (!sawHigh) {
        return new SniffedCharset(StandardCharsets.UTF_8, 0, false, "ASCII only");
      }
      if (utf8Valid) {
        return new SniffedCharset(StandardCharsets.UTF_8, 0, false, "valid UTF-8");
      }
      if (gbValid && gbPairs > 0 && gbPairsInGb2312Area >= GB_SHARE * gbPairs) {
        return new SniffedCharset(GB18030, 0, false,
            "not UTF-8; GB18030 structure with " + gbPairsInGb2312Area + " of " + gbPairs
                + " double-byte characters in the GB2312 area");
      }
      if (sawC1) {
        return new SniffedCharset(WINDOWS_1252, 0, false,
            "not UTF-8, not Chinese GB18030; bytes 80-9F present: windows-1252");
      }
      return new SniffedCharset(StandardCharsets.ISO_8859_1, 0, false,
          "not UTF-8, not Chinese GB18030: Latin-1");
    }
  }
}
