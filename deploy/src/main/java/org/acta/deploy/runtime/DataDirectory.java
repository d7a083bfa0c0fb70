package org.acta.deploy.runtime;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.acta.deploy.LaunchException;

/**
 * The directory where a running Acta keeps its state (the embedded database, Payara's runtime
 * files, logs). One {@code acta serve} owns it at a time, through a file lock that the operating
 * system releases even when the owner is killed with {@code kill -9}.
 *
 * <p>A killed launcher leaves its child processes (the embedded mysqld, Payara Micro) running and
 * holding the directory. The next owner finds them by their command lines, which name this
 * directory, and stops them before it starts its own.
 */
public final class DataDirectory implements AutoCloseable {

  /** Subdirectory of the embedded MariaDB (binaries, data files). */
  public static final String EMBEDDED_DATABASE = "mariadb";

  /** Subdirectory Payara Micro keeps its configuration and runtime files in. */
  public static final String SERVER_ROOT = "payara";

  /** Subdirectory of the log files. */
  public static final String LOGS = "logs";

  /** Subdirectory where export files wait for their import (unless ACTA_IMPORT_DIR says else). */
  public static final String IMPORTS = "imports";

  private static final long STOP_WAIT_SECONDS = 20;

  private final Path root;
  private final FileChannel lockChannel;
  private final FileLock lock;

  private DataDirectory(Path root, FileChannel lockChannel, FileLock lock) {
    this.root = root;
    this.lockChannel = lockChannel;
    this.lock = lock;
  }

  /**
   * Creates the directory if needed and takes ownership of it.
   *
   * @throws LaunchException when another live {@code acta serve} owns it
   */
  public static DataDirectory claim(Path directory) {
    Path root = directory.toAbsolutePath().normalize();
    try {
      Files.createDirectories(root);
      // The real path, because child processes are recognised by the paths in their command lines.
      root = root.toRealPath();
      FileChannel channel =
          FileChannel.open(
              root.resolve("acta.lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
      FileLock lock;
      try {
        lock = channel.tryLock();
      } catch (OverlappingFileLockException e) {
        lock = null; // this very process holds it already
      }
      if (lock == null) {
        channel.close();
        throw new LaunchException(
            LaunchException.Reason.DATA_DIR_IN_USE,
            "data directory " + root + " is in use by another running acta serve"
                + ownerHint(root) + "; stop it or choose another directory with --data-dir DIR");
      }
      Files.writeString(
          root.resolve("acta.pid"),
          Long.toString(ProcessHandle.current().pid()),
          StandardCharsets.UTF_8);
      return new DataDirectory(root, channel, lock);
    } catch (IOException e) {
      throw new LaunchException(
          LaunchException.Reason.SETUP,
          "cannot use data directory " + root + " (--data-dir): " + e.getMessage(), e);
    }
  }

  private static String ownerHint(Path root) {
    try {
      String pid = Files.readString(root.resolve("acta.pid"), StandardCharsets.UTF_8).strip();
      return " (pid " + pid + ")";
    } catch (IOException e) {
      return "";
    }
  }

  /**
   * Stops processes that an earlier, killed owner left running in this directory.
   *
   * @return what was stopped, one description per process
   */
  public List<String> stopLeftoverProcesses() {
    long self = ProcessHandle.current().pid();
    List<ProcessHandle> leftovers =
        ProcessHandle.allProcesses()
            .filter(p -> p.pid() != self)
            .filter(this::isOurChild)
            .toList();
    // Described before they are stopped: a dead process has no command line left to read.
    List<String> descriptions =
        leftovers.stream()
            .map(p -> "pid " + p.pid() + " (" + describe(p.info().command().orElse("?")) + ")")
            .toList();
    leftovers.forEach(ProcessHandle::destroy);
    for (ProcessHandle process : leftovers) {
      try {
        process.onExit().get(STOP_WAIT_SECONDS, TimeUnit.SECONDS);
      } catch (Exception e) {
        process.destroyForcibly();
      }
    }
    return descriptions;
  }

  private static String describe(String command) {
    return command.endsWith("/java") ? "Payara Micro" : "embedded MariaDB " + command;
  }

  /**
   * A subdirectory emptied of whatever an earlier run left there.
   *
   * @throws LaunchException when it cannot be emptied
   */
  public Path emptySubdirectory(String name) {
    Path path = root.resolve(name);
    if (Files.exists(path)) {
      try (Stream<Path> entries = Files.walk(path)) {
        for (Path entry : entries.sorted(Comparator.reverseOrder()).toList()) {
          Files.delete(entry);
        }
      } catch (IOException e) {
        throw new LaunchException(
            LaunchException.Reason.SETUP, "cannot empty " + path + ": " + e.getMessage(), e);
      }
    }
    return subdirectory(name);
  }

  /**
   * Whether a process is one a launcher starts for this directory: a MariaDB server on our data
   * files, or a Java process (Payara Micro) with its root here. Anything else that merely mentions
   * the directory (an editor, a {@code tail -f} of a log) is left alone.
   */
  private boolean isOurChild(ProcessHandle process) {
    String command = process.info().command().orElse("");
    String commandLine = process.info().commandLine().orElse("");
    boolean database = command.endsWith("mariadbd") || command.endsWith("mysqld");
    boolean java = command.endsWith("/java");
    return (database && commandLine.contains(root.resolve(EMBEDDED_DATABASE).toString() + "/"))
        || (java && commandLine.contains(root.resolve(SERVER_ROOT).toString()));
  }

  /**
   * Where export files wait for their import and stay after it: {@code ACTA_IMPORT_DIR} when set,
   * else {@code imports} here. The server and the launcher (which stages the demo's files) must
   * agree on it.
   */
  public Path importDirectory() {
    String configured = System.getenv("ACTA_IMPORT_DIR");
    return configured == null || configured.isBlank()
        ? subdirectory(IMPORTS) : Path.of(configured).toAbsolutePath();
  }

  /** A directory inside the data directory, created when missing. */
  public Path subdirectory(String name) {
    Path path = root.resolve(name);
    try {
      Files.createDirectories(path);
    } catch (IOException e) {
      throw new LaunchException(
          LaunchException.Reason.SETUP, "cannot create " + path + ": " + e.getMessage(), e);
    }
    return path;
  }

  public Path root() {
    return root;
  }

  /** Gives up ownership. */
  @Override
  public void close() {
    try {
      lock.release();
      lockChannel.close();
    } catch (IOException e) {
      // The lock goes with the process anyway; nothing to tell the user.
    }
  }
}
