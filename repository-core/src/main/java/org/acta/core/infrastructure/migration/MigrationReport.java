package org.acta.core.infrastructure.migration;

/**
 * What a migration run did.
 *
 * @param versionBefore schema version found, {@code null} for an empty database
 * @param versionAfter schema version now
 * @param applied number of scripts applied by this run
 */
public record MigrationReport(String versionBefore, String versionAfter, int applied) {

  /** One line for a log or a console. */
  public String summary() {
    if (applied == 0) {
      return "schema up to date at version " + versionAfter;
    }
    return "applied " + applied + " migration(s): "
        + (versionBefore == null ? "empty" : versionBefore) + " -> " + versionAfter;
  }
}
