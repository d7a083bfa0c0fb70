package org.acta.core.infrastructure.migration;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Migrates the schema when the application is deployed (as Dataverse's StartupFlywayMigrator
 * does), and declares the application's one data source.
 *
 * <p>The data source takes its URL and credentials from MicroProfile Config, so a system property
 * ({@code -Dacta.db.url=...}) or an environment variable ({@code ACTA_DB_URL}) sets them. Payara
 * creates this pool before it reads the application's own {@code microprofile-config.properties},
 * so defaults must be given in the expressions themselves.
 *
 * <p>A failed migration does not fail the deployment: the health check reports DOWN with the
 * reason and retries, so a database that comes up later is picked up without a restart.
 */
@Startup
@Singleton
@TransactionManagement(TransactionManagementType.BEAN)
@DataSourceDefinition(
    name = StartupMigrator.DATA_SOURCE,
    className = "org.mariadb.jdbc.MariaDbDataSource",
    url = "${MPCONFIG=acta.db.url}",
    user = "${MPCONFIG=acta.db.user:root}",
    password = "${MPCONFIG=acta.db.password:}",
    minPoolSize = 1,
    maxPoolSize = 32)
public class StartupMigrator {

  /** JNDI name of the application's data source. */
  public static final String DATA_SOURCE = "java:app/jdbc/acta";

  private static final Logger LOG = Logger.getLogger(StartupMigrator.class.getName());

  @Resource(lookup = DATA_SOURCE)
  private DataSource dataSource;

  private MigrationReport report;
  private String failure;

  @PostConstruct
  void migrateAtDeployment() {
    ensureMigrated();
  }

  /**
   * Migrates unless an earlier call succeeded.
   *
   * @return whether the schema is current
   */
  public boolean ensureMigrated() {
    if (report != null) {
      return true;
    }
    try {
      report = SchemaMigrator.migrate(dataSource);
      failure = null;
      LOG.info(() -> "Acta schema: " + report.summary());
      return true;
    } catch (RuntimeException e) {
      failure = e.getMessage();
      LOG.log(Level.SEVERE, "Acta schema migration failed; will retry on the next health check", e);
      return false;
    }
  }

  /** Why the last migration attempt failed, if it did. */
  public Optional<String> failure() {
    return Optional.ofNullable(failure);
  }
}
