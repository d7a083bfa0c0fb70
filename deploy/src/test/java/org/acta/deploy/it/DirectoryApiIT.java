package org.acta.deploy.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.File;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The walking skeleton end to end: acta.war deployed on Payara Micro migrates a fresh MariaDB
 * database, stores a unit and a person sent over REST, and gives them back, Chinese names intact.
 */
@ExtendWith(TestDatabase.class) // first: it chooses the database Arquillian's configuration names
@ExtendWith(ArquillianExtension.class)
class DirectoryApiIT {

  private final HttpClient http = HttpClient.newHttpClient();

  @ArquillianResource URL base;

  /** The archive the build made, exactly as `acta serve` deploys it. */
  @Deployment(testable = false)
  static WebArchive acta() {
    return ShrinkWrap.createFromZipFile(
        WebArchive.class, new File(System.getProperty("acta.it.war", "target/acta.war")));
  }

  @Test
  void storesAUnitAndAPersonAndReadsThemBackOverRest() throws Exception {
    String school = unique("SCH");
    String person = unique("P");

    // GIVEN the institution and a school in it
    String institution = unique("UNI");
    assertEquals(201, post("units", "{\"code\":\"" + institution + "\",\"nameZh\":\"示例大学\","
        + "\"nameEn\":\"Example University\"}").statusCode());
    HttpResponse<String> created =
        post(
            "units",
            "{\"code\":\"" + school + "\",\"parentCode\":\"" + institution + "\","
                + "\"nameZh\":\"化学工程学院\",\"nameEn\":\"School of Chemical Engineering\","
                + "\"otherNames\":[{\"name\":\"Sch Chem Engn\",\"language\":\"en\"},"
                + "{\"name\":\"化工学院\",\"language\":\"zh\"}]}");
    assertEquals(201, created.statusCode(), created.body());
    assertTrue(
        created.headers().firstValue("Location").orElse("").endsWith("/api/v1/units/" + school));

    // WHEN a member of staff is added to it
    HttpResponse<String> added =
        post(
            "people",
            "{\"code\":\"" + person + "\",\"kind\":\"staff\",\"nameZh\":\"王晓明\","
                + "\"nameEn\":\"Wang Xiaoming\",\"unitCode\":\"" + school + "\","
                + "\"email\":\"wang.xm@example.edu\",\"orcid\":\"0000-0002-1825-0097\","
                + "\"startYear\":2012}");
    assertEquals(201, added.statusCode(), added.body());

    // THEN both read back as sent
    JsonObject unit = json(get("api/v1/units/" + school));
    assertEquals("化学工程学院", unit.getString("nameZh"));
    assertEquals("School of Chemical Engineering", unit.getString("nameEn"));
    assertEquals(institution, unit.getString("parentCode"));
    assertEquals(2, unit.getJsonArray("otherNames").size());
    assertEquals("化工学院", unit.getJsonArray("otherNames").getJsonObject(1).getString("name"));

    JsonObject staff = json(get("api/v1/people/" + person));
    assertEquals("王晓明", staff.getString("nameZh"));
    assertEquals("staff", staff.getString("kind"));
    assertEquals(school, staff.getString("unitCode"));
    assertEquals("0000-0002-1825-0097", staff.getString("orcid"));
    assertEquals(2012, staff.getInt("startYear"));

    // AND the rows are in MariaDB, in utf8mb4
    assertEquals("王晓明", storedName("person", person));
    assertEquals("化学工程学院", storedName("unit", school));
  }

  @Test
  void answersWithProblemsForDuplicatesUnknownReferencesAndMissingThings() throws Exception {
    String school = unique("SCH");
    assertEquals(201, post("units", "{\"code\":\"" + school + "\"}").statusCode());

    HttpResponse<String> duplicate = post("units", "{\"code\":\"" + school + "\"}");
    assertEquals(409, duplicate.statusCode());
    assertEquals("application/problem+json", duplicate.headers().firstValue("Content-Type").orElse(""));

    HttpResponse<String> orphan =
        post("people", "{\"code\":\"" + unique("P") + "\",\"kind\":\"student\",\"unitCode\":\"nope\"}");
    assertEquals(422, orphan.statusCode(), orphan.body());
    assertTrue(json(orphan).getString("detail").contains("nope"));

    HttpResponse<String> invalid = post("people", "{\"code\":\"" + unique("P") + "\",\"kind\":\"dean\"}");
    assertEquals(400, invalid.statusCode(), invalid.body());
    assertTrue(json(invalid).getString("detail").contains("kind"));

    HttpResponse<String> missing = get("api/v1/people/" + unique("missing"));
    assertEquals(404, missing.statusCode());
    assertEquals("application/problem+json", missing.headers().firstValue("Content-Type").orElse(""));
    assertTrue(json(missing).getString("detail").startsWith("no person with code"));
  }

  /** A multipart upload of HR's two exports, sent as browsers send files they do not know. */
  private HttpResponse<String> hrUpload(String unitsName, byte[] units, String peopleName,
      byte[] people) throws Exception {
    String boundary = "acta-" + UUID.randomUUID();
    java.util.List<byte[]> body = new java.util.ArrayList<>();
    String[][] parts = {{"units", unitsName}, {"people", peopleName}};
    byte[][] contents = {units, people};
    for (int i = 0; i < 2; i++) {
      body.add(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + parts[i][0]
          + "\"; filename=\"" + parts[i][1] + "\"\r\nContent-Type: application/octet-stream"
          + "\r\n\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
      body.add(contents[i]);
      body.add("\r\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
    body.add(("--" + boundary + "--\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
    return http.send(HttpRequest.newBuilder(URI.create(base + "api/v1/directory/imports"))
        .header("Authorization", TestAccounts.staff().authorization())
        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
        .POST(HttpRequest.BodyPublishers.ofByteArrays(body)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void hrExportsAreReadAsCsvOrAsSpreadsheetsWhateverTheirContentType() throws Exception {
    String uni = unique("UNI");
    String school = unique("SCH");
    String person = unique("P");
    byte[] units;
    try (org.apache.poi.xssf.usermodel.XSSFWorkbook wb =
            new org.apache.poi.xssf.usermodel.XSSFWorkbook();
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream()) {
      org.apache.poi.ss.usermodel.Sheet sheet = wb.createSheet("units");
      String[][] rows = {{"unit_id", "parent_id", "name_zh", "name_en", "variants"},
          {uni, "", "示例大学", "Example University", ""},
          {school, uni, "材料学院", "School of Materials", "Sch Mat"}};
      for (int r = 0; r < rows.length; r++) {
        org.apache.poi.ss.usermodel.Row row = sheet.createRow(r);
        for (int c = 0; c < rows[r].length; c++) {
          row.createCell(c).setCellValue(rows[r][c]);
        }
      }
      wb.write(out);
      units = out.toByteArray();
    }
    byte[] people = ("person_id,kind,name_zh,name_en,unit_id,supervisor_id,email,orcid,"
        + "start_year,end_year\n" + person + ",staff,李娜,Li Na," + school + ",,,,2015,\n")
        .getBytes(java.nio.charset.StandardCharsets.UTF_8);
    HttpResponse<String> imported = hrUpload("units.xlsx", units, "people.csv", people);
    assertEquals(200, imported.statusCode(), imported.body());
    JsonObject report = Json.createReader(new StringReader(imported.body())).readObject();
    assertEquals(2, report.getInt("unitsAdded"), report.toString());
    assertEquals(1, report.getInt("peopleAdded"), report.toString());
    JsonObject li = json(get("api/v1/people/" + person));
    assertEquals(school, li.getString("unitCode"));
    assertEquals("材料学院", json(get("api/v1/units/" + school)).getString("nameZh"));

    byte[] broken = {'P', 'K', 3, 4, 0, 0, 0, 0};
    HttpResponse<String> refused = hrUpload("units.xlsx", broken, "people.csv", people);
    assertEquals(400, refused.statusCode(), refused.body());
    assertTrue(refused.body().contains("units.xlsx: not a readable spreadsheet"), refused.body());
  }

  @Test
  void healthIsUpWhenTheDatabaseAnswers() throws Exception {
    HttpResponse<String> health =
        http.send(
            HttpRequest.newBuilder(URI.create(serverRoot() + "health")).GET().build(),
            HttpResponse.BodyHandlers.ofString());
    assertEquals(200, health.statusCode(), health.body());
    JsonObject body = json(health);
    assertEquals("UP", body.getString("status"));
    assertEquals("database", body.getJsonArray("checks").getJsonObject(0).getString("name"));
  }

  private String staff;

  private String staff() throws Exception {
    if (staff == null) {
      staff = TestAccounts.staff().authorization();
    }
    return staff;
  }

  private HttpResponse<String> post(String collection, String body) throws Exception {
    return http.send(
        HttpRequest.newBuilder(base.toURI().resolve("api/v1/" + collection))
            .header("Authorization", staff())
            .header("Content-Type", "application/json; charset=UTF-8")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> get(String path) throws Exception {
    return http.send(
        HttpRequest.newBuilder(base.toURI().resolve(path))
            .header("Authorization", staff()).GET().build(),
        HttpResponse.BodyHandlers.ofString());
  }

  /** Payara's own endpoints (/health) sit at the server root, not under the application's. */
  private String serverRoot() {
    return base.getProtocol() + "://" + base.getHost() + ":" + base.getPort() + "/";
  }

  private static JsonObject json(HttpResponse<String> response) {
    assertTrue(response.statusCode() < 500, response.body());
    return Json.createReader(new StringReader(response.body())).readObject();
  }

  private static String storedName(String table, String code) throws SQLException {
    try (Connection connection = TestDatabase.connect();
        PreparedStatement query =
            connection.prepareStatement("SELECT name_zh FROM " + table + " WHERE code = ?")) {
      query.setString(1, code);
      try (ResultSet rows = query.executeQuery()) {
        assertTrue(rows.next(), table + " " + code + " is stored");
        return rows.getString(1);
      }
    }
  }

  private static String unique(String prefix) {
    return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
  }
}
