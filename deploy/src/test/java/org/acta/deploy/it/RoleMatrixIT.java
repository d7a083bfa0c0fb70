package org.acta.deploy.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.acta.deploy.it.TestAccounts.Caller;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Who may do what, over HTTP against the deployed server: every (caller, operation) pair of the
 * matrix is tried and its status checked; the failures are collected and reported together.
 */
@ExtendWith(TestDatabase.class)
@ExtendWith(ArquillianExtension.class)
class RoleMatrixIT {

  private final HttpClient http = HttpClient.newHttpClient();

  @ArquillianResource URL base;

  @Deployment(testable = false)
  static WebArchive acta() {
    return ShrinkWrap.createFromZipFile(
        WebArchive.class, new File(System.getProperty("acta.it.war", "target/acta.war")));
  }

  @Test
  void eachRoleMayDoWhatItsJobNeedsAndNothingElse() throws Exception {
    Caller admin = TestAccounts.account("admin", null);
    Caller staff = TestAccounts.staff();
    String unit = unique("U");
    String me = unique("F");
    String other = unique("F");
    assertEquals(201, call(staff, "POST", "units", "{\"code\":\"" + unit + "\"}").statusCode());
    for (String person : List.of(me, other)) {
      assertEquals(201, call(staff, "POST", "people", "{\"code\":\"" + person
          + "\",\"kind\":\"staff\",\"unitCode\":\"" + unit + "\"}").statusCode());
    }
    Caller faculty = TestAccounts.account("faculty", me);
    Caller hr = TestAccounts.hrToken();
    Caller anonymous = new Caller("anonymous", null, null);
    Caller wrongPassword = new Caller("x", "Basic " + java.util.Base64.getEncoder()
        .encodeToString((staff.username() + ":wrong").getBytes()), null);
    String newUnit = "{\"code\":\"" + unique("U") + "\"}";

    List<String> failures = new ArrayList<>();
    // anonymous and bad credentials: 401 everywhere that needs a role
    expect(failures, anonymous, "GET", "units", null, 401);
    expect(failures, anonymous, "GET", "table", null, 401);
    expect(failures, anonymous, "POST", "units", newUnit, 401);
    expect(failures, wrongPassword, "GET", "units", null, 401);
    expect(failures, new Caller("t", "Bearer not-a-token", null), "GET", "table", null, 401);

    // admin and staff run the place
    expect(failures, admin, "GET", "table?limit=5", null, 200);
    expect(failures, admin, "POST", "units", "{\"code\":\"" + unique("U") + "\"}", 201);
    expect(failures, staff, "GET", "people/" + other, null, 200);
    expect(failures, staff, "GET", "table?limit=5", null, 200);

    // a faculty member reads themselves only, and changes nothing
    expect(failures, faculty, "GET", "people/" + me, null, 200);
    expect(failures, faculty, "GET", "people/" + other, null, 403);
    expect(failures, faculty, "GET", "units", null, 200);
    expect(failures, faculty, "POST", "units", "{\"code\":\"" + unique("U") + "\"}", 403);
    expect(failures, faculty, "POST", "people", "{\"code\":\"" + unique("P")
        + "\",\"kind\":\"staff\"}", 403);
    expect(failures, faculty, "GET", "table", null, 403);
    expect(failures, faculty, "POST", "pipeline/runs", "", 403);
    expect(failures, faculty, "GET", "imports/1", null, 403);

    // the HR token reads the table and changes nothing
    expect(failures, hr, "GET", "table?limit=5", null, 200);
    expect(failures, hr, "POST", "units", "{\"code\":\"" + unique("U") + "\"}", 403);
    expect(failures, hr, "POST", "people", "{\"code\":\"" + unique("P")
        + "\",\"kind\":\"staff\"}", 403);
    expect(failures, hr, "POST", "pipeline/runs", "", 403);
    expect(failures, hr, "GET", "people/" + other, null, 403);
    expect(failures, hr, "GET", "units", null, 403);
    expect(failures, hr, "GET", "imports/1", null, 403);

    // indexing rules: the admin sets them, staff read them; a work's provenance is read by HR too
    expect(failures, staff, "GET", "indexing/settings", null, 200);
    expect(failures, faculty, "GET", "indexing/settings", null, 403);
    expect(failures, hr, "PUT", "indexing/settings", "{}", 403);
    expect(failures, staff, "PUT", "indexing/settings", "{}", 403);
    expect(failures, admin, "PUT", "indexing/settings", "{}", 200);
    expect(failures, hr, "GET", "indexing/works/" + unique("W"), null, 404);
    expect(failures, faculty, "GET", "indexing/works/" + unique("W"), null, 403);

    // a revoked token is no token
    TestAccounts.revoke(hr);
    expect(failures, hr, "GET", "table?limit=5", null, 401);

    assertTrue(failures.isEmpty(), String.join("\n", failures));
  }

  @Test
  void refusalsAreProblemsWithoutStackTraces() throws Exception {
    HttpResponse<String> anonymous = call(new Caller("a", null, null), "GET", "units", null);
    assertEquals(401, anonymous.statusCode());
    assertTrue(anonymous.headers().firstValue("Content-Type").orElse("")
        .startsWith("application/problem+json"), anonymous.headers().toString());
    // TODO [security] the WWW-Authenticate header set by RolesAllowedFilter does not reach the
    // client on Payara Micro 6.2025.10; until it does, browsers get no Basic prompt.
    HttpResponse<String> forbidden = call(TestAccounts.hrToken(), "POST", "units",
        "{\"code\":\"" + unique("U") + "\"}");
    assertEquals(403, forbidden.statusCode());
    assertTrue(forbidden.body().contains("\"status\":403"), forbidden.body());
    assertTrue(!forbidden.body().contains("Exception"), forbidden.body());
  }

  private void expect(List<String> failures, Caller caller, String method, String path,
      String body, int status) throws Exception {
    HttpResponse<String> response = call(caller, method, path, body);
    if (response.statusCode() != status) {
      failures.add(caller.username() + " " + method + " " + path + ": expected " + status
          + ", got " + response.statusCode() + " " + response.body());
    }
  }

  private HttpResponse<String> call(Caller caller, String method, String path, String body)
      throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(base.toURI().resolve("api/v1/" + path))
        .header("Accept", "application/json")
        .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString(body));
    if (body != null) {
      request.header("Content-Type", "application/json");
    }
    if (caller.authorization() != null) {
      request.header("Authorization", caller.authorization());
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static String unique(String prefix) {
    return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
  }
}
