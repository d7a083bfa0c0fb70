package org.acta.harvest;

import java.net.URISyntaxException;
import java.nio.file.Path;

/** The module's own fixtures under {@code src/test/resources/samples/}. */
public final class Samples {
  private Samples() {}

  public static Path of(String relative) {
    try {
      return Path.of(Samples.class.getResource("/samples/" + relative).toURI());
    } catch (URISyntaxException | NullPointerException e) {
      throw new IllegalArgumentException("no fixture samples/" + relative, e);
    }
  }

  /** Reads a file through a default {@link Harvester}. */
  public static CollectingSink read(Path file) throws java.io.IOException {
    CollectingSink sink = new CollectingSink();
    new Harvester().read(file, sink);
    return sink;
  }
}
