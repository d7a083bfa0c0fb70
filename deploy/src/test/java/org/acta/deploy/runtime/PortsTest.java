package org.acta.deploy.runtime;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetSocketAddress;
import java.net.ServerSocket;
import org.acta.deploy.LaunchException;
import org.junit.jupiter.api.Test;

class PortsTest {

  @Test
  void aBusyPortEndsInOneLineNamingThePortAndTheOption() throws Exception {
    try (ServerSocket busy = new ServerSocket()) {
      busy.bind(new InetSocketAddress(0));
      int port = busy.getLocalPort();

      LaunchException e =
          assertThrows(LaunchException.class, () -> Ports.requireFree(port, "--port"));

      assertEquals(LaunchException.Reason.PORT_IN_USE.exitCode(), e.exitCode());
      assertTrue(e.getMessage().contains("port " + port + " is already in use"), e.getMessage());
      assertTrue(e.getMessage().contains("--port N"), e.getMessage());
      assertTrue(!e.getMessage().contains("\n"), "one line");
    }
  }

  @Test
  void aFreePortPasses() {
    int port = Ports.findFree();
    assertDoesNotThrow(() -> Ports.requireFree(port, "--port"));
  }

  @Test
  void aNumberThatIsNoPortIsRefused() {
    LaunchException e =
        assertThrows(LaunchException.class, () -> Ports.requireFree(70000, "--port"));
    assertTrue(e.getMessage().contains("70000"));
  }
}
