package org.acta.deploy.cli;

import picocli.CommandLine;

/** Reports the version Maven stamped into the package, or "development" when run from classes. */
public class ActaVersion implements CommandLine.IVersionProvider {

  @Override
  public String[] getVersion() {
    String version = ActaVersion.class.getPackage().getImplementationVersion();
    return new String[] {"acta " + (version == null ? "(development build)" : version)};
  }
}
