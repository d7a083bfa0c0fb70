package org.acta.core.infrastructure.migration;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings a database to the current schema with Flyway. Safe to run from several processes at once:
 * Flyway takes a lock in the database. {@code clean} is disabled so no configuration can wipe data.
 */
public final class SchemaMigrator {

  /** Where the scripts are, inside this module's jar. */
  public static final String LOCATION = "classpath:db/migration";

  private SchemaMigrator() {}

  /** Migrates the database behind a container-managed data source. */
  public static MigrationReport migrate(DataSource dataSource) {
    return run(configure().dataSource(dataSource));
  }

  /** Migrates the database at a JDBC URL (the launcher, before any server exists). */
  public static MigrationReport migrate(String jdbcUrl, String user, String password) {
    return run(configure().dataSource(jdbcUrl, user, password));
  }

  private static FluentConfiguration configure() {
    // The module's own class loader, not the thread's: inside Payara the scripts and Flyway's
    // database plugins (flyway-mysql) are found through the application's loader.
    return Flyway.configure(SchemaMigrator.class.getClassLoader())
        .locations(LOCATION)
        // java.util.logging: Payara's own logging, and always present (Flyway's auto-detection
        // picks Log4j when a library brings its API without an implementation).
        .loggers("org.flywaydb.core.internal.logging.javautil.JavaUtilLogCreator")
        .cleanDisabled(true)
        .validateMigrationNaming(true)
        .connectRetries(3);
  }

  private static MigrationReport run(FluentConfiguration configuration) {
    MigrateResult result = configuration.load().migrate();
    // Flyway leaves the target version empty when there was nothing to apply.
    String after =
        result.targetSchemaVersion == null ? result.initialSchemaVersion : result.targetSchemaVersion;
    return new MigrationReport(result.initialSchemaVersion, after, result.migrationsExecuted);
  }
}
