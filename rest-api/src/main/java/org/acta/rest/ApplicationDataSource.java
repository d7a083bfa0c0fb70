package org.acta.rest;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import javax.sql.DataSource;
import org.acta.core.infrastructure.migration.StartupMigrator;

/**
 * The application's data source for the resources: {@code @Inject DataSource}.
 *
 * <p>Why not {@code @Resource(lookup = ...)} in each resource: a JAX-RS resource is created per
 * request, and Payara answers every JNDI lookup of a {@code @DataSourceDefinition} with a copy
 * made by serialising and deserialising the data source's proxy. That was about a fifth of the
 * server's CPU for a page of the table (JFR, docs/benchmarks.md "REST under load, session 3").
 * Here the lookup happens once; the pool behind it is the same.
 */
@ApplicationScoped
public class ApplicationDataSource {

  @Resource(lookup = StartupMigrator.DATA_SOURCE)
  DataSource dataSource;

  /** The data source, looked up when this bean was made. */
  @Produces
  DataSource dataSource() {
    return dataSource;
  }
}
