package org.acta.deploy.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.File;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** Indexing lists uploaded over REST are stored per version; a broken file is a 400. */
@ExtendWith(TestDatabase.class)
@ExtendWith(ArquillianExtension.class)
class ListsApiIT {
  private final HttpClient http = HttpClient.newHttpClient();

  @ArquillianResource URL base;
  @TempDir Path tmp;

  @Deployment(testable = false)
  static WebArchive acta() {
    return ShrinkWrap.createFromZipFile(
        WebArchive.class, new File(System.getProperty("acta.it.war", "target/acta.war")));
  }

  private HttpResponse<String> upload(List<Path> files) throws Exception {
    String boundary = "acta-" + UUID.randomUUID();
    List<byte[]> body = new ArrayList<>();
    for (Path f : files) {
      body.add(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
          + f.getFileName() + "\"\r\nContent-Type: text/csv\r\n\r\n")
          .getBytes(StandardCharsets.UTF_8));
      body.add(Files.readAllBytes(f));
      body.add("\r\n".getBytes(StandardCharsets.UTF_8));
    }
    body.add(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    HttpRequest request = HttpRequest.newBuilder(URI.create(base + "api/v1/lists"))
        .header("Authorization", staff())
        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
        .POST(HttpRequest.BodyPublishers.ofByteArrays(body)).build();
    return http.send(request, HttpResponse.BodyHandlers.ofString());
  }

  private String staff;

  private String staff() throws java.sql.SQLException {
    if (staff == null) {
      staff = TestAccounts.staff().authorization();
    }
    return staff;
  }

  @Test
  void listsAreStoredPerVersionAndBrokenFilesNamed() throws Exception {
    Path jcr = Path.of("demo/lists/jcr-2024.csv");
    HttpResponse<String> first = upload(List.of(jcr));
    assertEquals(200, first.statusCode(), first.body());
    JsonObject r = Json.createReader(new StringReader(first.body())).readObject();
    assertEquals("JCR 2024 v1", r.getJsonArray("created").getString(0), r.toString());

    HttpResponse<String> again = upload(List.of(jcr));
    JsonObject a = Json.createReader(new StringReader(again.body())).readObject();
    assertEquals("JCR 2024 v1", a.getJsonArray("unchanged").getString(0), a.toString());
    assertEquals(0, a.getInt("rowsChanged"));

    Path bad = tmp.resolve("jcr.csv");
    Files.writeString(bad, "year,title,issn,quartile\n2024,J,,Q9\n");
    HttpResponse<String> broken = upload(List.of(bad));
    assertEquals(400, broken.statusCode(), broken.body());
    assertTrue(broken.body().contains("jcr.csv:2: column quartile"), broken.body());

    HttpResponse<String> versions = http.send(HttpRequest.newBuilder(
        URI.create(base + "api/v1/lists")).header("Authorization", staff()).GET().build(), HttpResponse.BodyHandlers.ofString());
    assertEquals(200, versions.statusCode(), versions.body());
    JsonArray v = Json.createReader(new StringReader(versions.body())).readArray();
    assertEquals(1, v.size(), v.toString());
    assertEquals("2024", v.getJsonObject(0).getString("edition"));
  }

  private HttpResponse<String> send(String method, String path, String auth, String json)
      throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + "api/v1/" + path))
        .header("Authorization", auth).header("X-Acta-Actor", "it-admin");
    if (json != null) {
      b.header("Content-Type", "application/json");
    }
    return http.send(b.method(method, json == null ? HttpRequest.BodyPublishers.noBody()
        : HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void theUniversitysIndexingRulesAreSetByAnAdminAndRefusedWhenNotRules() throws Exception {
    String admin = TestAccounts.account("admin", null).authorization();
    HttpResponse<String> defaults = send("GET", "indexing/settings", staff(), null);
    assertEquals(200, defaults.statusCode(), defaults.body());
    JsonObject d = Json.createReader(new StringReader(defaults.body())).readObject();
    assertEquals("PUBLICATION_YEAR_OR_EARLIER", d.getString("jcrYearRule"), d.toString());
    assertEquals("JCR of the publication year, else the latest earlier year",
        d.getString("jcrYearRuleWords"));

    assertEquals(403, send("PUT", "indexing/settings", staff(),
        "{\"jcrYearRule\":\"LATEST\"}").statusCode(), "the rules are the admin's");
    HttpResponse<String> bad = send("PUT", "indexing/settings", admin,
        "{\"jcrYearRule\":\"newest\"}");
    assertEquals(400, bad.statusCode(), bad.body());
    assertTrue(bad.body().contains("jcrYearRule: \\\"newest\\\" is not one of"), bad.body());

    HttpResponse<String> set = send("PUT", "indexing/settings", admin,
        "{\"jcrYearRule\":\"publication_year\",\"esiFlagRule\":\"LATEST_EDITION\"}");
    assertEquals(200, set.statusCode(), set.body());
    JsonObject change = Json.createReader(new StringReader(set.body())).readObject();
    JsonObject now = change.getJsonObject("settings");
    assertEquals("PUBLICATION_YEAR", now.getString("jcrYearRule"), change.toString());
    assertEquals("LATEST_EDITION", now.getString("esiFlagRule"));
    assertTrue(now.getBoolean("extendedCounts"), "an absent field keeps its rule");
    assertEquals("it-admin", now.getString("changedBy"));
    JsonObject read = Json.createReader(new StringReader(
        send("GET", "indexing/settings", staff(), null).body())).readObject();
    assertEquals("PUBLICATION_YEAR", read.getString("jcrYearRule"), "stored");

    HttpResponse<String> none = send("GET", "indexing/works/W-none", staff(), null);
    assertEquals(404, none.statusCode(), none.body());
  }
}
