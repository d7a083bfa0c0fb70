package org.acta.deploy.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.acta.client.ApiClient;
import org.acta.client.ApiException;
import org.acta.client.api.ImportsApi;
import org.acta.client.api.PeopleApi;
import org.acta.client.api.PipelineApi;
import org.acta.client.api.TableApi;
import org.acta.client.api.UnitsApi;
import org.acta.client.api.WorksApi;
import org.acta.client.model.ImportBatch;
import org.acta.client.model.Person;
import org.acta.client.model.RecordedDecision;
import org.acta.client.model.TablePage;
import org.acta.client.model.Unit;
import org.acta.client.model.UnitName;
import org.acta.client.model.WorkDetail;
import org.acta.client.model.WorkEvent;
import org.acta.client.model.WorkField;
import org.acta.client.model.WorkMerge;
import org.acta.client.model.WorkSplit;
import org.acta.client.model.WorkSummary;
import org.acta.client.model.WorkUndo;
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
 * The contract holds: the Java client generated from {@code acta-v1.yaml} talks to the deployed
 * server, and the server's own {@code /openapi} (scanned from the resources) lists exactly the
 * operations the committed contract lists.
 */
@ExtendWith(TestDatabase.class)
@ExtendWith(ArquillianExtension.class)
class ContractIT {

  @ArquillianResource URL base;
  @TempDir Path tmp;

  @Deployment(testable = false)
  static WebArchive acta() {
    return ShrinkWrap.createFromZipFile(
        WebArchive.class, new File(System.getProperty("acta.it.war", "target/acta.war")));
  }

  @Test
  void theServedOpenApiListsTheContractsOperationsAndNoOthers() throws Exception {
    HttpResponse<String> served = HttpClient.newHttpClient().send(
        HttpRequest.newBuilder(URI.create(serverRoot() + "openapi")).GET().build(),
        HttpResponse.BodyHandlers.ofString());
    assertEquals(200, served.statusCode(), served.body());

    Set<String> contract = OpenApiOperations.fromContract(
        Path.of(System.getProperty("acta.it.contract", "../rest-api/src/main/openapi/acta-v1.yaml")));
    Set<String> implemented = OpenApiOperations.fromServed(served.body());
    assertTrue(contract.size() >= 10, "the contract lists the API: " + contract);
    assertEquals(contract, implemented,
        "operations the server offers must be exactly those of acta-v1.yaml");
  }

  @Test
  void theGeneratedClientStoresAndReadsUnitsAndPeople() throws Exception {
    ApiClient api = client();
    String institution = unique("UNI");
    String school = unique("SCH");
    UnitsApi units = new UnitsApi(api);
    units.addUnit(new Unit().code(institution).nameZh("示例大学"));
    Unit added = units.addUnit(new Unit().code(school).parentCode(institution)
        .nameZh("材料学院").nameEn("School of Materials")
        .otherNames(List.of(new UnitName().name("Sch Mat").language("en"))));
    assertEquals(institution, added.getParentCode());
    assertEquals("材料学院", units.getUnit(school).getNameZh());
    assertTrue(units.listUnits().stream().anyMatch(u -> u.getCode().equals(school)));

    PeopleApi people = new PeopleApi(api);
    String code = unique("P");
    people.addPerson(new Person().code(code).kind(Person.KindEnum.STUDENT).nameZh("李雷")
        .unitCode(school).startYear(2021));
    Person read = people.getPerson(code);
    assertEquals("李雷", read.getNameZh());
    assertEquals(Person.KindEnum.STUDENT, read.getKind());
  }

  @Test
  void errorsAreProblemsThatNameTheField() throws Exception {
    ApiClient api = client();
    ApiException missing = assertThrows(ApiException.class,
        () -> new PeopleApi(api).getPerson(unique("nobody")));
    assertEquals(404, missing.getCode());
    assertTrue(missing.getResponseHeaders().firstValue("Content-Type").orElse("")
        .startsWith("application/problem+json"));

    ApiException badLimit = assertThrows(ApiException.class,
        () -> new TableApi(api).pullTable(0L, null, 0, null, null, null, null, null, null, null,
            null, null, null));
    assertEquals(400, badLimit.getCode());
    assertTrue(badLimit.getResponseBody().contains("limit"), badLimit.getResponseBody());

    ApiException badCode = assertThrows(ApiException.class,
        () -> new UnitsApi(api).addUnit(new Unit().code("x".repeat(65))));
    assertEquals(400, badCode.getCode());
    assertTrue(badCode.getResponseBody().contains("\"code "), badCode.getResponseBody());
    assertTrue(!badCode.getResponseBody().contains("Exception"), "no stack trace reaches a client");
  }

  @Test
  void theGeneratedClientUploadsAnImportAndPullsTheTable() throws Exception {
    ApiClient api = client();
    Path export = SyntheticWosExport.write(tmp.resolve("savedrecs.txt"), 950_001, 5);
    ImportsApi imports = new ImportsApi(api);
    ImportBatch accepted = imports.uploadImport(null, null, List.of(export.toFile()));
    assertNotNull(accepted.getId());
    assertEquals(1, accepted.getFiles().size());
    assertEquals("savedrecs.txt", accepted.getFiles().get(0).getFileName());
    assertEquals(accepted.getId(), imports.getImport(accepted.getId()).getId());

    TablePage page = new TableApi(api).pullTable(0L, null, 10, null, null, null, null, null,
        null, null, null, null, null);
    assertNotNull(page.getVersion());
    assertNotNull(page.getRows());
  }

  @Test
  void theGeneratedClientReadsAWorkWithProvenanceThenSplitsAndUndoes() throws Exception {
    ApiClient api = client();
    // paper 960001 twice, under two accession numbers: one work of two source records
    Path export = SyntheticWosExport.write(tmp.resolve("works/savedrecs.txt"), 960_001, 2);
    String text = Files.readString(export, StandardCharsets.UTF_8);
    int second = text.indexOf("PT J", text.indexOf("UT WOS:"));
    String copy = text.substring(0, second).replace("UT WOS:000000000960001", "UT WOS:000000000969991");
    Files.writeString(export, text.substring(0, second) + copy.substring(copy.indexOf("PT J"))
        + text.substring(second), StandardCharsets.UTF_8);
    ImportsApi imports = new ImportsApi(api);
    long batch = imports.uploadImport(null, null, List.of(export.toFile())).getId();
    Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
    while (imports.getImport(batch).getStatus() == ImportBatch.StatusEnum.RUNNING
        && Instant.now().isBefore(deadline)) {
      Thread.sleep(300);
    }
    new PipelineApi(api).runPipeline("full");

    WorksApi works = new WorksApi(api);
    List<WorkSummary> found = works.searchWorks("https://doi.org/10.99999/SYNTH.960001", null);
    assertEquals(1, found.size(), found.toString());
    assertEquals(2, found.get(0).getRecords());
    String id = found.get(0).getWorkId();
    WorkDetail work = works.getWork(id);
    assertEquals(2, work.getSources().size());
    WorkField doi = work.getFields().stream().filter(f -> f.getField().equals("doi"))
        .findFirst().orElseThrow();
    assertEquals("10.99999/synth.960001", doi.getValue());
    assertTrue(work.getSources().stream().anyMatch(
        s -> s.getRecordId().equals(doi.getSources().get(0).getRecordId())),
        "the DOI's provenance is one of the work's records");
    assertTrue(work.getSources().get(0).getVerbatimText().contains("UT WOS:"));

    Long leaving = work.getSources().get(1).getRecordId();
    RecordedDecision split = works.splitWork(id, new WorkSplit().recordIds(List.of(leaving))
        .reason("another paper").expectedVersion(work.getVersion()));
    ApiException stale = assertThrows(ApiException.class, () -> works.splitWork(id,
        new WorkSplit().recordIds(List.of(leaving)).reason("again")
            .expectedVersion(work.getVersion())));
    assertEquals(409, stale.getCode());
    assertTrue(stale.getResponseBody().contains("expectedVersion"), stale.getResponseBody());
    ApiException outsider = assertThrows(ApiException.class, () -> works.splitWork(id,
        new WorkSplit().recordIds(List.of(-1L)).reason("x").expectedVersion(split.getItemVersion())));
    assertEquals(422, outsider.getCode());
    assertTrue(outsider.getResponseBody().contains("recordIds"), outsider.getResponseBody());
    ApiException merge = assertThrows(ApiException.class, () -> works.mergeWork(id,
        new WorkMerge().otherWorkId("no-such-work").reason("x")
            .expectedVersion(split.getItemVersion())));
    assertEquals(422, merge.getCode());
    assertTrue(merge.getResponseBody().contains("otherWorkId"), merge.getResponseBody());
    assertEquals(404, assertThrows(ApiException.class, () -> works.getWork("no-such-work"))
        .getCode());

    WorkEvent event = works.getWork(id).getHistory().stream()
        .filter(e -> e.getEventId().equals(split.getEventId())).findFirst().orElseThrow();
    assertEquals(WorkEvent.KindEnum.SPLIT, event.getKind());
    assertEquals("another paper", event.getReason());
    works.undoWorkDecision(id, split.getEventId(),
        new WorkUndo().reason("my mistake").expectedVersion(event.getItemVersion()));
    List<WorkEvent> history = works.getWork(id).getHistory();
    assertTrue(history.stream().anyMatch(e -> e.getEventId().equals(split.getEventId())
        && Boolean.TRUE.equals(e.getUndone())));
    assertEquals(WorkEvent.KindEnum.UNDO, history.get(history.size() - 1).getKind());
  }

  private ApiClient client() throws Exception {
    ApiClient api = new ApiClient();
    api.updateBaseUri(base.toURI().resolve("api/v1").toString());
    String staff = TestAccounts.staff().authorization();
    api.setRequestInterceptor(request -> request.header("Authorization", staff));
    return api;
  }

  /** Payara's own endpoints (/openapi) sit at the server root, not under the application's. */
  private String serverRoot() {
    return base.getProtocol() + "://" + base.getHost() + ":" + base.getPort() + "/";
  }

  private static String unique(String prefix) {
    return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
  }
}
