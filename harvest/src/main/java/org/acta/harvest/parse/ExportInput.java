package org.acta.harvest.parse;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import org.acta.harvest.detect.ExportFormat;

/**
 * A file to parse, with what detection found: the format, and for text formats the charset and
 * how many bytes of byte-order mark to skip. Parsers open readers through it and close them.
 *
 * @param path the file
 * @param fileName the base name used in source keys and messages
 * @param format the detected format
 * @param charset the detected charset (null for binary formats)
 * @param bomLength bytes of BOM at the start of the file
 */
public record ExportInput(
    Path path, String fileName, ExportFormat format, Charset charset, int bomLength) {

  /** A reader positioned after the BOM. Caller closes it. */
  public BufferedReader openReader() throws IOException {
    InputStream in = Files.newInputStream(path);
    in.skipNBytes(bomLength);
    return new BufferedReader(
        new java.io.InputStreamReader(in, charset.newDecoder()
            .onMalformedInput(java.nio.charset.CodingErrorAction.REPLACE)
            .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPLACE)),
        1 << 16);
  }

  /** The raw bytes (binary formats). Caller closes it. */
  public InputStream openStream() throws IOException {
    return Files.newInputStream(path);
  }
}
