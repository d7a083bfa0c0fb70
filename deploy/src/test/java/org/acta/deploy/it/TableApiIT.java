package org.acta.deploy.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.File;
import java.io.InputStream;
import java.io.StringReader;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.acta.client.ApiClient;
import org.acta.client.ApiException;
import org.acta.client.api.DecisionsApi;
import org.acta.client.api.ImportsApi;
import org.acta.client.api.PipelineApi;
import org.acta.client.api.SnapshotsApi;
import org.acta.client.api.TableApi;
import org.acta.client.model.Decision;
import org.acta.client.model.ImportBatch;
import org.acta.client.model.PipelineRun;
import org.acta.client.model.Snapshot;
import org.acta.client.model.SnapshotDiff;
import org.acta.client.model.SnapshotRequest;
import org.acta.client.model.TablePage;
import org.acta.deploy.demo.DemoDataLoader;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The table endpoint: filters, the same query as CSV and XLSX, and ETag / If-None-Match, read by
 * the HR system's API token; and HR's incremental pull through the Java client generated from the
 * contract, as an integrator would write it.
 */
@ExtendWith(TestDatabase.class)
@ExtendWith(ArquillianExtension.class)
class TableApiIT {

  private static final Path DEMO = Path.of("demo").toAbsolutePath();

  private final HttpClient http = HttpClient.newHttpClient();

  @ArquillianResource URL base;

  private String hr;
  private String unit;

  @Deployment(testable = false)
  static WebArchive acta() {
    return ShrinkWrap.createFromZipFile(
        WebArchive.class, new File(System.getProperty("acta.it.war", "target/acta.war")));
  }

  @BeforeEach
  void rows() throws Exception {
    hr = TestAccounts.hrToken().authorization();
    unit = "T" + UUID.randomUUID().toString().substring(0, 6);
    TableRows.insert(unit, 60);
  }

  @Test
  void filtersSelectRowsByUnitYearStatusAndIndex() throws Exception {
    assertEquals(60, rows("unit=" + unit + "&limit=1000").size());
    assertEquals(12, rows("unit=" + unit + "&year=2021").size());
    assertEquals(12, rows("unit=" + unit + "&status=confirmed").size());
    assertEquals(20, rows("unit=" + unit + "&indexed_in=EI").size(), "EI, not ESCI's letters");
    assertEquals(40, rows("unit=" + unit + "&indexed_in=ESCI").size());
    assertEquals(4, rows("unit=" + unit + "&year=2019&indexed_in=SCIE").size());
    assertEquals(2, rows("person=" + unit + "-p7").size());
    JsonObject row = rows("person=" + unit + "-p0&year=2019").get(0);
    assertEquals(2019, row.getInt("year"));
    assertEquals("SCIE;EI", row.getString("indexed_in"));
    assertTrue(row.getBoolean("is_first_author"));

    HttpResponse<String> bad = get("table?status=maybe", null, null);
    assertEquals(400, bad.statusCode());
    assertTrue(bad.body().contains("status"), bad.body());
  }

  @Test
  void theSameQueryComesAsCsvAndXlsx() throws Exception {
    HttpResponse<String> csv = get("table?format=csv&unit=" + unit + "&year=2020", null, null);
    assertEquals(200, csv.statusCode(), csv.body());
    assertTrue(csv.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
    List<CSVRecord> records = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true)
        .get().parse(new StringReader(csv.body())).getRecords();
    assertEquals(12, records.size());
    assertEquals("2020", records.get(0).get("year"));
    assertTrue(records.get(0).get("title").contains("合成研究"), "UTF-8 kept");

    HttpResponse<String> viaAccept = get("table?unit=" + unit, "text/csv", null);
    assertTrue(viaAccept.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));

    HttpResponse<InputStream> xlsx = http.send(request("table?format=xlsx&unit=" + unit
        + "&year=2020", null, null), HttpResponse.BodyHandlers.ofInputStream());
    assertEquals(200, xlsx.statusCode());
    try (InputStream in = xlsx.body(); XSSFWorkbook book = new XSSFWorkbook(in)) {
      Sheet sheet = book.getSheetAt(0);
      assertEquals("row_id", sheet.getRow(0).getCell(0).getStringCellValue());
      assertEquals(12, sheet.getLastRowNum(), "header + 12 rows");
      int yearColumn = 15;
      assertEquals("year", sheet.getRow(0).getCell(yearColumn).getStringCellValue());
      assertEquals(2020.0, sheet.getRow(1).getCell(yearColumn).getNumericCellValue());
    }
  }

  @Test
  void anUnchangedTableAnswersNotModified() throws Exception {
    HttpResponse<String> first = get("table?unit=" + unit, null, null);
    String etag = first.headers().firstValue("ETag").orElseThrow();
    HttpResponse<String> again = get("table?unit=" + unit, null, etag);
    assertEquals(304, again.statusCode());
    assertEquals(etag, again.headers().firstValue("ETag").orElse(""));

    HttpResponse<String> otherQuery = get("table?unit=" + unit + "&year=2020", null, etag);
    assertEquals(200, otherQuery.statusCode(), "another query, another tag");

    TableRows.insert("T" + UUID.randomUUID().toString().substring(0, 6), 1);
    HttpResponse<String> changed = get("table?unit=" + unit, null, etag);
    assertEquals(200, changed.statusCode(), "the table moved on");
  }

  @Test
  void theGeneratedClientPullsTheTableThenOnlyTheRowADecisionChanged() throws Exception {
    try (Connection c = TestDatabase.connect()) {
      new DemoDataLoader(DEMO).loadIfEmpty(c);
    }
    ApiClient staff = client(TestAccounts.staff().authorization());
    ImportsApi imports = new ImportsApi(staff);
    ImportBatch batch = imports.uploadImport(null, null,
        List.of(DEMO.resolve("wos-demo.txt").toFile()));
    for (int polls = 0; batch.getStatus() == ImportBatch.StatusEnum.RUNNING && polls < 600;
        polls++) {
      Thread.sleep(500);
      batch = imports.getImport(batch.getId());
    }
    assertEquals(ImportBatch.StatusEnum.FINISHED, batch.getStatus(), batch.toString());
    PipelineApi pipeline = new PipelineApi(staff);
    pipeline.runPipeline("full");

    // HR's first pull: every page, then the last page's version is where the next pull starts.
    TableApi hrTable = new TableApi(client(hr));
    List<org.acta.client.model.TableRow> full = new ArrayList<>();
    long since = pullAll(hrTable, 0, full);
    List<org.acta.client.model.TableRow> live = full.stream()
        .filter(r -> !r.getDeleted()).toList();
    assertTrue(live.size() > 1, "the demo export gives rows: " + full.size());
    org.acta.client.model.TableRow chosen = live.stream()
        .filter(r -> r.getStatus() == org.acta.client.model.TableRow.StatusEnum.AUTO)
        .findFirst().orElseThrow();

    new DecisionsApi(staff).decide(new Decision().kind(Decision.KindEnum.CONFIRM)
        .workId(chosen.getWorkId()).authorRank(chosen.getAuthorRank().intValue())
        .personId(chosen.getPersonId()).reason("IT: confirmed on the person's behalf")
        .expectedVersion(0L));
    PipelineRun applied = pipeline.runPipeline("full");
    assertEquals(1, applied.getRowsChanged(), applied.toString());
    assertEquals(0, applied.getRowsDeleted(), applied.toString());

    List<org.acta.client.model.TableRow> increment = new ArrayList<>();
    long next = pullAll(hrTable, since, increment);
    assertEquals(1, increment.size(), "exactly the changed row: " + increment);
    org.acta.client.model.TableRow changed = increment.get(0);
    assertEquals(chosen.getRowId(), changed.getRowId());
    assertEquals(org.acta.client.model.TableRow.StatusEnum.CONFIRMED, changed.getStatus());
    assertTrue(changed.getVersion() > since && changed.getVersion() <= next);
    List<org.acta.client.model.TableRow> nothing = new ArrayList<>();
    assertEquals(next, pullAll(hrTable, next, nothing));
    assertTrue(nothing.isEmpty(), "nothing changed since: " + nothing);
  }

  @Test
  void snapshotsFreezeListAndCompareThroughTheGeneratedClient() throws Exception {
    TestAccounts.Caller staff = TestAccounts.staff();
    SnapshotsApi snapshots = new SnapshotsApi(client(staff.authorization()));
    String name = "it-" + unit;
    Snapshot frozen = snapshots.createSnapshot(
        new SnapshotRequest().name(name).yearFrom(2020).yearTo(2020), null);
    assertEquals(name, frozen.getName());
    assertEquals(staff.username(), frozen.getCreatedBy(), "the signed-in caller froze it");
    assertTrue(frozen.getRowCount() >= 12, "this test's 2020 rows at least: " + frozen);

    SnapshotsApi hrSnapshots = new SnapshotsApi(client(hr));
    assertTrue(hrSnapshots.listSnapshots().stream()
        .anyMatch(x -> x.getId().equals(frozen.getId())));
    SnapshotDiff same = hrSnapshots.diffSnapshots(frozen.getId(), frozen.getId());
    assertTrue(same.getAdded().isEmpty() && same.getRemoved().isEmpty()
        && same.getChanged().isEmpty(), same.toString());
    assertEquals(frozen.getRowCount(), same.getUnchanged());

    ApiException refused = org.junit.jupiter.api.Assertions.assertThrows(ApiException.class,
        () -> hrSnapshots.createSnapshot(new SnapshotRequest().name(name + "-hr"), null));
    assertEquals(403, refused.getCode(), "the HR token reads snapshots, it does not make them");
    ApiException twice = org.junit.jupiter.api.Assertions.assertThrows(ApiException.class,
        () -> snapshots.createSnapshot(new SnapshotRequest().name(name), null));
    assertEquals(409, twice.getCode(), twice.getResponseBody());
  }

  /** Follows the cursor to the end; returns the version to ask {@code since} next time. */
  private static long pullAll(TableApi table, long since,
      List<org.acta.client.model.TableRow> into) throws Exception {
    String cursor = null;
    TablePage page;
    do {
      page = table.pullTable(since, cursor, 7, null, null, null, null, null, null, null, null,
          null, null);
      into.addAll(page.getRows());
      cursor = page.getNextCursor();
    } while (cursor != null);
    return page.getVersion();
  }

  private ApiClient client(String authorization) throws Exception {
    ApiClient api = new ApiClient();
    api.updateBaseUri(base.toURI().resolve("api/v1").toString());
    api.setRequestInterceptor(request -> request.header("Authorization", authorization));
    return api;
  }

  @Test
  void theDashboardsCountsAreTheTablesRowsCountedAndDrillThroughToThem() throws Exception {
    // the counts of this test's unit, checked against its rows as HR pulls them
    List<JsonObject> all = rows("unit=" + unit + "&limit=1000");
    JsonObject counts = aggregates("unit=" + unit, hr);
    assertEquals(all.size(), counts.getJsonNumber("rows").longValue());
    assertEquals(distinctWorks(all), counts.getJsonNumber("works").longValue());
    for (JsonObject year : counts.getJsonArray("years").getValuesAs(JsonObject.class)) {
      // every bar's number is what its drill-through link shows
      List<JsonObject> drilled = rows("unit=" + unit + "&year=" + year.getString("key"));
      assertEquals(drilled.size(), year.getJsonNumber("rows").longValue(), year.toString());
      assertEquals(distinctWorks(drilled), year.getJsonNumber("works").longValue());
    }
    JsonObject ei = group(counts, "indexes", "EI");
    assertEquals(20, ei.getInt("rows"), "EI, not ESCI's letters");
    assertEquals(distinctWorks(rows("unit=" + unit + "&indexed_in=EI")), ei.getInt("works"));
    JsonObject first = group(counts, "roles", "first");
    assertEquals(30, first.getInt("rows"), "every other row is a first author's");
    assertEquals(30, rows("unit=" + unit + "&role=first").size());
    assertEquals(30, group(counts, "roles", "other").getInt("rows"));
    assertEquals(12, counts.getJsonArray("unitTrends").getValuesAs(JsonObject.class).stream()
        .filter(t -> t.getString("key").equals(unit) && t.getInt("year") == 2021)
        .findFirst().orElseThrow().getInt("rows"));

    // a school's counts include its department's; within= selects the same rows on the table.
    // The demo's dictionary first: it loads only into an empty unit table, and another test needs it.
    try (Connection c = TestDatabase.connect()) {
      new DemoDataLoader(DEMO).loadIfEmpty(c);
    }
    TestAccounts.Caller staff = TestAccounts.staff();
    String school = "S" + unit;
    String department = "D" + unit;
    assertEquals(201, send(staff.authorization(), "POST", "units",
        "{\"code\":\"" + school + "\"}").statusCode());
    assertEquals(201, send(staff.authorization(), "POST", "units",
        "{\"code\":\"" + department + "\",\"parentCode\":\"" + school + "\"}").statusCode());
    TableRows.insert(school, 6);
    TableRows.insert(department, 8);
    JsonObject tree = aggregates("within=" + school, hr);
    assertEquals(14, tree.getJsonNumber("rows").longValue());
    assertEquals(3 + 4, tree.getJsonNumber("works").longValue());
    assertEquals(14, group(tree, "units", school).getInt("rows"), "sub-units rolled up");
    assertEquals(8, group(tree, "units", department).getInt("rows"));
    assertEquals(school, group(tree, "units", department).getString("parent"));
    assertEquals(14, rows("within=" + school + "&limit=1000").size());
    assertEquals(8, rows("within=" + department + "&limit=1000").size());

    // a unit secretary counts their own unit's rows only, as they read them
    TestAccounts.Caller secretary = TestAccounts.unitSecretary(department);
    JsonObject own = aggregates("", secretary.authorization());
    assertEquals(8, own.getJsonNumber("rows").longValue(), own.toString());
    assertEquals(403, send(secretary.authorization(), "GET", "table/aggregates?unit=" + unit,
        null).statusCode());

    HttpResponse<String> bad = send(hr, "GET", "table/aggregates?role=last", null);
    assertEquals(400, bad.statusCode());
    assertTrue(bad.body().contains("role"), bad.body());
  }

  private JsonObject aggregates(String query, String authorization) throws Exception {
    HttpResponse<String> answer = send(authorization, "GET", "table/aggregates?" + query, null);
    assertEquals(200, answer.statusCode(), answer.body());
    return Json.createReader(new StringReader(answer.body())).readObject();
  }

  private static JsonObject group(JsonObject counts, String dimension, String key) {
    return counts.getJsonArray(dimension).getValuesAs(JsonObject.class).stream()
        .filter(c -> c.getString("key").equals(key)).findFirst()
        .orElseThrow(() -> new AssertionError("no " + key + " in " + counts.get(dimension)));
  }

  private static long distinctWorks(List<JsonObject> rows) {
    return rows.stream().map(r -> r.getString("work_id")).distinct().count();
  }

  private HttpResponse<String> send(String authorization, String method, String path,
      String json) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(base.toURI().resolve("api/v1/" + path))
        .header("Authorization", authorization)
        .method(method, json == null ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString(json));
    if (json != null) {
      b.header("Content-Type", "application/json");
    }
    return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  private List<JsonObject> rows(String query) throws Exception {
    HttpResponse<String> answer = get("table?" + query, null, null);
    assertEquals(200, answer.statusCode(), answer.body());
    JsonObject page = Json.createReader(new StringReader(answer.body())).readObject();
    return page.getJsonArray("rows").getValuesAs(JsonObject.class);
  }

  private HttpResponse<String> get(String path, String accept, String ifNoneMatch)
      throws Exception {
    return http.send(request(path, accept, ifNoneMatch), HttpResponse.BodyHandlers.ofString());
  }

  private HttpRequest request(String path, String accept, String ifNoneMatch) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(base.toURI().resolve("api/v1/" + path))
        .header("Authorization", hr);
    if (accept != null) {
      b.header("Accept", accept);
    }
    if (ifNoneMatch != null) {
      b.header("If-None-Match", ifNoneMatch);
    }
    return b.GET().build();
  }
}
