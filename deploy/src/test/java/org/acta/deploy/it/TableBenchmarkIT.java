package org.acta.deploy.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.File;
import java.io.InputStream;
import java.io.StringReader;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A measurement, not a timed test (opt-in: {@code -Dacta.bench.table=true}): 500k generated rows
 * pulled as one CSV, one XLSX and JSON pages of 10 000; prints the times for docs/benchmarks.md.
 */
// The condition is on the class, not an assumption in the test: a disabled class never starts its
// Payara Micro, which otherwise costs every CI run a server boot for a skipped measurement.
@EnabledIfSystemProperty(named = "acta.bench.table", matches = "true",
    disabledReason = "opt-in: -Dacta.bench.table=true")
@ExtendWith(TestDatabase.class)
@ExtendWith(ArquillianExtension.class)
class TableBenchmarkIT {

  private static final int ROWS = Integer.getInteger("acta.bench.table.rows", 500_000);

  private final HttpClient http = HttpClient.newHttpClient();

  @ArquillianResource URL base;

  @Deployment(testable = false)
  static WebArchive acta() {
    return ShrinkWrap.createFromZipFile(
        WebArchive.class, new File(System.getProperty("acta.it.war", "target/acta.war")));
  }

  @Test
  void pull500kRows() throws Exception {
    String unit = "B" + UUID.randomUUID().toString().substring(0, 6);
    long t0 = System.nanoTime();
    TableRows.insert(unit, ROWS);
    report("insert " + ROWS + " rows (JDBC batch)", t0, -1);
    String hr = TestAccounts.hrToken().authorization();

    for (String format : new String[] {"csv", "xlsx"}) {
      long start = System.nanoTime();
      HttpResponse<InputStream> answer = http.send(HttpRequest.newBuilder(
              base.toURI().resolve("api/v1/table?format=" + format + "&unit=" + unit))
          .header("Authorization", hr).GET().build(), HttpResponse.BodyHandlers.ofInputStream());
      assertEquals(200, answer.statusCode());
      long bytes;
      try (InputStream in = answer.body()) {
        bytes = in.transferTo(java.io.OutputStream.nullOutputStream());
      }
      report(format + " of " + ROWS + " rows", start, bytes);
    }

    long start = System.nanoTime();
    String cursor = null;
    long rows = 0;
    long bytes = 0;
    do {
      String q = "api/v1/table?limit=10000&unit=" + unit
          + (cursor == null ? "" : "&cursor=" + java.net.URLEncoder.encode(cursor, "UTF-8"));
      HttpResponse<String> page = http.send(HttpRequest.newBuilder(base.toURI().resolve(q))
          .header("Authorization", hr).GET().build(), HttpResponse.BodyHandlers.ofString());
      assertEquals(200, page.statusCode(), page.body());
      bytes += page.body().length();
      JsonObject json = Json.createReader(new StringReader(page.body())).readObject();
      rows += json.getJsonArray("rows").size();
      cursor = json.isNull("nextCursor") ? null : json.getString("nextCursor");
    } while (cursor != null);
    assertEquals(ROWS, rows);
    report("json pages of 10000, " + rows + " rows", start, bytes);
  }

  private static void report(String what, long startNanos, long bytes) {
    System.out.printf("[TableBenchmark] %s: %.1f s%s%n", what,
        (System.nanoTime() - startNanos) / 1e9, bytes < 0 ? "" : ", " + bytes / 1_000_000 + " MB");
  }
}
