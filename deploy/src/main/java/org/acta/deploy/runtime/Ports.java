package org.acta.deploy.runtime;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import org.acta.deploy.LaunchException;

/** Checks and finds TCP ports on this machine. */
public final class Ports {

  private Ports() {}

  /**
   * Fails with a one-line message when something already listens on the port.
   *
   * @param option the command-line option that chose the port, named in the message
   */
  public static void requireFree(int port, String option) {
    if (port < 1 || port > 65535) {
      throw new LaunchException(
          LaunchException.Reason.PORT_IN_USE, option + " " + port + " is not a TCP port (1-65535)");
    }
    try (ServerSocket socket = new ServerSocket()) {
      socket.setReuseAddress(true);
      socket.bind(new InetSocketAddress(port));
    } catch (IOException e) {
      throw new LaunchException(
          LaunchException.Reason.PORT_IN_USE,
          "port " + port + " is already in use (tried to listen on it for " + option
              + "); stop what uses it or choose another port with " + option + " N");
    }
  }

  /** A port nothing listens on right now, for a helper process of our own. */
  public static int findFree() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new LaunchException(LaunchException.Reason.SETUP, "no free TCP port: " + e.getMessage());
    }
  }
}
