package org.acta.core.testing;

import org.acta.core.application.imports.ImportService;
import org.acta.harvest.Harvester;
import org.mariadb.jdbc.MariaDbDataSource;

/**
 * A separate JVM that runs one staged import, for tests that kill it: {@code ImportProcess
 * JDBC_URL USER PASSWORD IMPORT_FILE_ID CHUNK}.
 */
public final class ImportProcess {
  private ImportProcess() {}

  public static void main(String[] args) throws Exception {
    MariaDbDataSource ds = new MariaDbDataSource(args[0]);
    ds.setUser(args[1]);
    ds.setPassword(args.length > 2 && !args[2].equals("-") ? args[2] : "");
    new ImportService(ds, new Harvester(), Integer.parseInt(args[4])).run(Long.parseLong(args[3]));
  }
}
