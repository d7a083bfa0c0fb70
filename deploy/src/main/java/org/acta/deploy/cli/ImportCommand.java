package org.acta.deploy.cli;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.ConnectException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import org.acta.deploy.client.ActaClient;
import org.acta.deploy.client.ActaClientException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code acta import FILE... [--server URL]}: uploads export files to a running Acta, which
 * stores every record and runs the pipeline in the background; follows the import's progress
 * until it ends (unless {@code --no-wait}) and lists the records that could not be read.
 */
@Command(
    name = "import",
    mixinStandardHelpOptions = true,
    description = {
      "Upload export files to a running Acta (acta serve) and follow the import.",
      "Re-importing a file, or overlapping exports, adds nothing new."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:every file was imported and every record read",
      "1:a file failed or a record could not be read (listed); the rest was imported",
      "2:invalid arguments",
      "3:the server could not be reached or refused the upload"
    })
public final class ImportCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(names = "--server", paramLabel = "URL", defaultValue = "http://localhost:8080/",
      description = "the running Acta (default: ${DEFAULT-VALUE})")
  URI server;

  @Option(names = "--no-wait", description = "return once the files are uploaded")
  boolean noWait;

  @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "3600",
      description = "how long to follow the import (default: ${DEFAULT-VALUE})")
  int timeoutSeconds;

  @Parameters(arity = "1..*", paramLabel = "EXPORT_FILE",
      description = "WoS, EI or CNKI export files, any supported format")
  List<Path> files;

  @Override
  public Integer call() throws InterruptedException {
    for (Path f : files) {
      if (!Files.isRegularFile(f) || !Files.isReadable(f)) {
        throw new ParameterException(spec.commandLine(), "cannot read " + f);
      }
    }
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    ActaClient client = new ActaClient(server);
    try {
      JsonObject batch = client.upload(files);
      long id = batch.getJsonNumber("id").longValue();
      out.printf("import %d: %d file(s) uploaded to %s%n", id, files.size(), server);
      out.flush();
      if (noWait) {
        return 0;
      }
      return follow(client, id, out, err);
    } catch (ConnectException e) {
      err.println("acta import: cannot reach " + server + " (is acta serve running?)");
      return 3;
    } catch (IOException | ActaClientException e) {
      err.println("acta import: " + e.getMessage());
      return 3;
    }
  }

  private int follow(ActaClient client, long id, PrintWriter out, PrintWriter err)
      throws IOException, InterruptedException {
    Instant deadline = Instant.now().plus(Duration.ofSeconds(timeoutSeconds));
    String lastLine = "";
    JsonObject batch = client.importStatus(id);
    while (batch.getString("status").equals("running") && Instant.now().isBefore(deadline)) {
      String line = progressLine(batch);
      if (!line.equals(lastLine)) {
        out.println(line);
        out.flush();
        lastLine = line;
      }
      Thread.sleep(1000);
      batch = client.importStatus(id);
    }
    if (batch.getString("status").equals("running")) {
      err.printf("acta import: import %d still running after %d s; follow it at %s%n", id,
          timeoutSeconds, server.resolve("api/v1/imports/" + id));
      return 1;
    }
    boolean clean = true;
    for (JsonValue v : batch.getJsonArray("files")) {
      JsonObject f = v.asJsonObject();
      out.printf("%s: %s, %s, %d records: %d new, %d already stored, %d dropped, %d problems%n",
          f.getString("fileName"), f.getString("status"), text(f, "format"),
          f.getInt("recordsRead"), f.getInt("recordsNew"), f.getInt("recordsKnown"),
          f.getInt("recordsDropped"), f.getInt("problemCount"));
      if (!f.getString("status").equals("finished") || f.getInt("recordsDropped") > 0) {
        clean = false;
      }
      if (!absent(f, "failure")) {
        err.printf("%s: failed: %s%n", f.getString("fileName"), f.getString("failure"));
      }
      for (JsonValue p : f.getJsonArray("problems")) {
        JsonObject problem = p.asJsonObject();
        err.printf("%s:%d: record %d%s: %s%s%n", f.getString("fileName"), problem.getInt("line"),
            problem.getInt("recordNumber"),
            absent(problem, "field") ? "" : ", field " + problem.getString("field"),
            problem.getString("reason"), problem.getBoolean("fatal") ? "" : " (record kept)");
      }
    }
    err.flush();
    return clean ? 0 : 1;
  }

  private static String progressLine(JsonObject batch) {
    StringBuilder sb = new StringBuilder("  ");
    for (JsonValue v : batch.getJsonArray("files")) {
      JsonObject f = v.asJsonObject();
      sb.append(f.getString("fileName")).append(' ').append(f.getInt("recordsRead")).append('/')
          .append(absent(f, "recordsTotal") ? "?" : f.getJsonNumber("recordsTotal").toString())
          .append(" (").append(f.getInt("problemCount")).append(" problems)  ");
    }
    return sb.toString().stripTrailing();
  }

  /** JSON-B leaves null values out; either way the value is not there. */
  private static boolean absent(JsonObject o, String key) {
    return !o.containsKey(key) || o.isNull(key);
  }

  private static String text(JsonObject o, String key) {
    return absent(o, key) ? "not recognised" : o.getString(key);
  }
}
