package org.acta.deploy.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.acta.deploy.runtime.Ports;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code acta serve} with a mistake in its settings ends within seconds in one line on stderr
 * that names the setting and what was tried, and a non-zero exit code; nothing is started.
 */
class ServeCommandTest {

  @TempDir Path temp;

  private final ByteArrayOutputStream stderr = new ByteArrayOutputStream();
  private PrintStream originalStderr;

  @BeforeEach
  void pretendActaIsBuilt() throws Exception {
    Path target = Files.createDirectories(temp.resolve("home/deploy/target"));
    Files.writeString(target.resolve("acta.war"), "");
    Files.writeString(target.resolve("payara-micro.jar"), "");
    System.setProperty("acta.home", temp.resolve("home").toString());
    originalStderr = System.err;
    System.setErr(new PrintStream(stderr, true, StandardCharsets.UTF_8));
  }

  @AfterEach
  void restore() {
    System.setErr(originalStderr);
    System.clearProperty("acta.home");
    System.clearProperty("acta.db.url");
  }

  @Test
  void anOccupiedPortExitsWithThreeAndOneLine() throws Exception {
    try (ServerSocket busy = new ServerSocket()) {
      busy.bind(new InetSocketAddress(0));
      int exit = serve("--port", Integer.toString(busy.getLocalPort()));

      assertEquals(3, exit);
      assertOneLine("acta: port " + busy.getLocalPort() + " is already in use");
    }
  }

  @Test
  void anUnreachableConfiguredDatabaseExitsWithFourAndOneLine() {
    String url = "jdbc:mariadb://127.0.0.1:" + Ports.findFree() + "/acta";
    System.setProperty("acta.db.url", url);

    int exit = serve("--port", Integer.toString(Ports.findFree()));

    assertEquals(4, exit);
    assertOneLine("acta: cannot connect to the database -Dacta.db.url=" + url + " (user root): ");
  }

  @Test
  void aMissingBuildExitsWithOneAndSaysHowToBuild() throws Exception {
    Files.delete(temp.resolve("home/deploy/target/acta.war"));

    int exit = serve("--port", Integer.toString(Ports.findFree()));

    assertEquals(1, exit);
    assertOneLine("acta: " + temp.resolve("home/deploy/target/acta.war") + " is missing");
  }

  private int serve(String... options) {
    String[] args = new String[options.length + 3];
    args[0] = "serve";
    args[1] = "--data-dir";
    args[2] = temp.resolve("data").toString();
    System.arraycopy(options, 0, args, 3, options.length);
    return ActaCommand.commandLine().execute(args);
  }

  private void assertOneLine(String expectedStart) {
    String text = stderr.toString(StandardCharsets.UTF_8);
    assertTrue(text.startsWith(expectedStart), text);
    assertEquals(1, text.strip().lines().count(), "one line: " + text);
  }
}
