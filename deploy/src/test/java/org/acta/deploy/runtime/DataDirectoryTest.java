package org.acta.deploy.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.acta.deploy.LaunchException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataDirectoryTest {

  @TempDir Path temp;

  @Test
  void oneOwnerAtATime() {
    Path dir = temp.resolve("acta");
    try (DataDirectory first = DataDirectory.claim(dir)) {
      assertTrue(Files.isDirectory(dir));
      LaunchException e = assertThrows(LaunchException.class, () -> DataDirectory.claim(dir));
      assertEquals(LaunchException.Reason.DATA_DIR_IN_USE.exitCode(), e.exitCode());
      assertTrue(e.getMessage().contains("pid " + ProcessHandle.current().pid()), e.getMessage());
    }
    try (DataDirectory again = DataDirectory.claim(dir)) {
      assertEquals(dir.toAbsolutePath().normalize(), again.root());
    }
  }

  @Test
  void stopsAServerThatAKilledLauncherLeftRunning() throws Exception {
    Path dir = temp.resolve("acta");
    try (DataDirectory directory = DataDirectory.claim(dir)) {
      Path serverRoot = directory.subdirectory(DataDirectory.SERVER_ROOT + "/root");
      // A Java process whose command line names the server directory, as Payara Micro's does.
      Process leftover =
          new ProcessBuilder(
                  ProcessHandle.current().info().command().orElseThrow(),
                  "-Dpayara.root=" + serverRoot,
                  "-cp",
                  System.getProperty("java.class.path"),
                  Sleeper.class.getName())
              .start();
      try {
        List<String> stopped = directory.stopLeftoverProcesses();
        assertEquals(List.of("pid " + leftover.pid() + " (Payara Micro)"), stopped);
        assertTrue(leftover.waitFor(10, TimeUnit.SECONDS), "the leftover is gone");
      } finally {
        leftover.destroyForcibly();
      }
    }
  }

  @Test
  void leavesProcessesAloneThatAreNotItsOwn() throws Exception {
    Path dir = temp.resolve("acta");
    try (DataDirectory directory = DataDirectory.claim(dir)) {
      Path log = directory.subdirectory(DataDirectory.SERVER_ROOT).resolve("server.log");
      Files.writeString(log, "");
      // A process that merely mentions the directory, like someone following a log.
      Process bystander = new ProcessBuilder("tail", "-f", log.toString()).start();
      try {
        assertTrue(directory.stopLeftoverProcesses().isEmpty());
        assertTrue(bystander.isAlive());
      } finally {
        bystander.destroyForcibly();
      }
    }
  }
}
