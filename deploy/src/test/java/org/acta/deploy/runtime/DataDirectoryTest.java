package org.acta.deploy.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
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
