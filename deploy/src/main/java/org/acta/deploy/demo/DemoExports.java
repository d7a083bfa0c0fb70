package org.acta.deploy.demo;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.acta.deploy.client.ActaClient;

/**
 * Sends the demo university's export files to the running server through the same import the
 * staff use ({@code POST /api/v1/imports}), so a new demo has works, attributions, a review queue
 * and table rows. Sending them again on a later start adds nothing: the records are known.
 */
public final class DemoExports {
  /** The demo directory's files that are not exports. */
  private static final Set<String> NOT_EXPORTS = Set.of("units.csv", "people.csv", "README.md");

  private final Path directory;

  public DemoExports(Path directory) {
    this.directory = directory;
  }

  /** The export files of the demo, by name. */
  public List<Path> files() throws IOException {
    try (Stream<Path> files = Files.list(directory)) {
      return files.filter(Files::isRegularFile)
          .filter(f -> !NOT_EXPORTS.contains(f.getFileName().toString()))
          .sorted()
          .toList();
    }
  }

  /**
   * Uploads the export files to the server at {@code server}.
   *
   * @return what was done, one line for the console
   */
  public String upload(URI server) throws IOException, InterruptedException {
    List<Path> files = files();
    if (files.isEmpty()) {
      return "no demo export files in " + directory;
    }
    JsonObject batch = new ActaClient(server).upload(files);
    long id = batch.getJsonNumber("id").longValue();
    return "demo exports sent to the import (" + files.size() + " files): follow it at "
        + server.resolve("api/v1/imports/" + id) + "; the pipeline runs when it ends";
  }
}
