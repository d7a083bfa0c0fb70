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
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.acta.client.ApiClient;
import org.acta.client.ApiException;
import org.acta.client.api.ImportsApi;
import org.acta.client.api.PeopleApi;
import org.acta.client.api.TableApi;
import org.acta.client.api.UnitsApi;
import org.acta.client.model.ImportBatch;
import org.acta.client.model.Person;
import org.acta.client.model.TablePage;
import org.acta.client.model.Unit;
import org.acta.client.model.UnitName;
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
        () -> new TableApi(api).pullTable(0L, null, 0, null, null, null, null, null, null, null));
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

    TablePage page = new TableApi(api).pullTable(0L, null, 10, null, null, null, null, null, null, null);
    assertNotNull(page.getVersion());
    assertNotNull(page.getRows());
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
