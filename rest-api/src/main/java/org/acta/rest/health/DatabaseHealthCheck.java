package org.acta.rest.health;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.acta.core.infrastructure.migration.StartupMigrator;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Acta is ready when its database answers and carries the current schema. Without this check
 * {@code /health} would say UP for a server that cannot store anything.
 */
@Readiness
@ApplicationScoped
public class DatabaseHealthCheck implements HealthCheck {

  private static final int TIMEOUT_SECONDS = 3;

  @Resource(lookup = StartupMigrator.DATA_SOURCE)
  DataSource dataSource;

  @Inject StartupMigrator migrator;

  @Override
  public HealthCheckResponse call() {
    HealthCheckResponseBuilder response = HealthCheckResponse.named("database");
    try (Connection connection = dataSource.getConnection()) {
      if (!connection.isValid(TIMEOUT_SECONDS)) {
        return response.down().withData("error", "the database did not answer").build();
      }
      response.withData("database", connection.getMetaData().getDatabaseProductVersion());
    } catch (SQLException | RuntimeException e) {
      return response.down().withData("error", String.valueOf(e.getMessage())).build();
    }
    if (!migrator.ensureMigrated()) {
      return response
          .down()
          .withData("error", "schema migration failed: " + migrator.failure().orElse("unknown"))
          .build();
    }
    return response.up().build();
  }
}
