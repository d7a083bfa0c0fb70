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
}
