package org.acta.harvest.detect;

import java.nio.charset.Charset;

/**
 * What {@link CharsetSniffer} decided for one file.
 *
 * @param charset the charset to decode the text with; null for binary containers (XLS/XLSX)
 * @param bomLength how many bytes of byte-order mark precede the text
 * @param binary the file is a binary container (OLE2 or ZIP), not text
 * @param reason one line saying why, for reports
 */
public record SniffedCharset(Charset charset, int bomLength, boolean binary, String reason) {

  /** True when {@link #charset()} is null because the file is a binary container. */
  public boolean isText() {
    return !binary;
  }
}
