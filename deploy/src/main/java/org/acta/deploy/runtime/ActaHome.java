package org.acta.deploy.runtime;

import java.nio.file.Files;
import java.nio.file.Path;
import org.acta.deploy.LaunchException;

/**
 * Where the built Acta lives: the repository root, which the {@code acta} script passes as the
 * system property {@code acta.home}.
 */
public record ActaHome(Path root) {

  /** The home the script announced, or the working directory when run by hand. */
  public static ActaHome locate() {
    String home = System.getProperty("acta.home");
    return new ActaHome(Path.of(home == null ? "." : home).toAbsolutePath().normalize());
  }

  /** The application archive Payara Micro deploys. */
  public Path war() {
    return required(root.resolve("deploy/target/acta.war"));
  }

  /** The Payara Micro runtime. */
  public Path payaraMicroJar() {
    return required(root.resolve("deploy/target/payara-micro.jar"));
  }

  /** The demo university's dictionaries and export files. */
  public Path demoDirectory() {
    return required(root.resolve("deploy/demo"));
  }

  private static Path required(Path path) {
    if (!Files.exists(path)) {
      throw new LaunchException(
          LaunchException.Reason.SETUP,
          path + " is missing: build Acta first (./acta builds it, or: mvn -DskipTests package)");
    }
    return path;
  }
}
