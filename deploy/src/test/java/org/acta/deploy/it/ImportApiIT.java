package org.acta.deploy.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.File;
import java.net.URL;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.acta.deploy.client.ActaClient;
import org.acta.deploy.testing.SyntheticWosExport;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Export files uploaded over REST (multipart) are imported in the background, with progress to
 * follow; an overlapping export adds only its new records, the same file again adds nothing, and
 * the pipeline runs after the imports.
 */
@ExtendWith(TestDatabase.class)
@ExtendWith(ArquillianExtension.class)
class ImportApiIT {

  @ArquillianResource URL base;
  @TempDir Path tmp;

  @Deployment(testable = false)
  static WebArchive acta() {
    return ShrinkWrap.createFromZipFile(
        WebArchive.class, new File(System.getProperty("acta.it.war", "target/acta.war")));
  }

  @Test
  void uploadsAreImportedInTheBackgroundAndOverlapsAddNothing() throws Exception {
    ActaClient client = new ActaClient(base.toURI(), TestAccounts.staff().authorization());
    Path first = SyntheticWosExport.write(tmp.resolve("a/savedrecs.txt"), 900_001, 30);
    Path overlap = SyntheticWosExport.write(tmp.resolve("b/savedrecs(1).txt"), 900_021, 20);

    JsonObject accepted = client.upload(List.of(first, overlap));
    long id = accepted.getJsonNumber("id").longValue();
    assertEquals(2, accepted.getJsonArray("files").size());
    JsonObject done = awaitDone(client, id);
    assertEquals("finished", done.getString("status"), done.toString());
    int fresh = 0;
    int known = 0;
    for (JsonValue v : done.getJsonArray("files")) {
      JsonObject f = v.asJsonObject();
      assertEquals("finished", f.getString("status"));
      assertEquals(f.getJsonNumber("recordsTotal").intValue(), f.getInt("recordsRead"));
      fresh += f.getInt("recordsNew");
      known += f.getInt("recordsKnown");
    }
    assertEquals(40, fresh, "30 + 20 records, 10 of them in both files");
    assertEquals(10, known);

    JsonObject again = awaitDone(client,
        client.upload(List.of(first)).getJsonNumber("id").longValue());
    JsonObject f = again.getJsonArray("files").getJsonObject(0);
    assertEquals(0, f.getInt("recordsNew"), "the same file again adds nothing");
    assertEquals(30, f.getInt("recordsKnown"));

    assertEquals(40, count("SELECT COUNT(*) FROM source_record WHERE natural_key LIKE 'WOS|WOS:0000000009%'"));
    // The pipeline runs once the imports are done: every record ends up in a work.
    Instant deadline = Instant.now().plus(Duration.ofSeconds(120));
    while (count("SELECT COUNT(*) FROM work_member m JOIN source_record r ON r.id = m.source_record_id"
        + " WHERE r.natural_key LIKE 'WOS|WOS:0000000009%'") < 40 && Instant.now().isBefore(deadline)) {
      Thread.sleep(500);
    }
    assertEquals(40, count("SELECT COUNT(*) FROM work_member m JOIN source_record r"
        + " ON r.id = m.source_record_id WHERE r.natural_key LIKE 'WOS|WOS:0000000009%'"));
    JsonObject table = client.table(0, null, 10);
    assertTrue(table.containsKey("version"));
    assertTrue(table.containsKey("rows"));
  }

  private static JsonObject awaitDone(ActaClient client, long id) throws Exception {
    Instant deadline = Instant.now().plus(Duration.ofSeconds(120));
    JsonObject batch = client.importStatus(id);
    while (batch.getString("status").equals("running") && Instant.now().isBefore(deadline)) {
      Thread.sleep(300);
      batch = client.importStatus(id);
    }
    return batch;
  }

  private static long count(String sql) throws Exception {
    try (Connection c = TestDatabase.connect();
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }

}
