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
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.acta.client.ApiClient;
import org.acta.client.ApiException;
import org.acta.client.api.ReviewApi;
import org.acta.client.model.ReviewBulkDecision;
import org.acta.client.model.ReviewBulkOutcome;
import org.acta.client.model.ReviewDecision;
import org.acta.client.model.ReviewItem;
import org.acta.client.model.ReviewOutcome;
import org.acta.client.model.ReviewPage;
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
    expect(failures, faculty, "GET", "review/items", null, 403);
    expect(failures, faculty, "POST", "review/decisions", "{\"decisions\":[{\"key\":"
        + "\"authorship:W1#1\",\"version\":0,\"action\":\"accept\"}]}", 403);
    expect(failures, staff, "GET", "review/items?limit=5", null, 200);
    expect(failures, admin, "GET", "review/people?q=x", null, 200);

    // the HR token reads the table and changes nothing
    expect(failures, hr, "GET", "table?limit=5", null, 200);
    expect(failures, hr, "POST", "units", "{\"code\":\"" + unique("U") + "\"}", 403);
    expect(failures, hr, "POST", "people", "{\"code\":\"" + unique("P")
        + "\",\"kind\":\"staff\"}", 403);
    expect(failures, hr, "POST", "pipeline/runs", "", 403);
    expect(failures, hr, "GET", "people/" + other, null, 403);
    expect(failures, hr, "GET", "units", null, 403);
    expect(failures, hr, "GET", "imports/1", null, 403);
    expect(failures, hr, "GET", "review/items", null, 403);

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

  /**
   * Staff work the review queue through the client generated from the contract: filter, decide
   * (201), a stale version (409), a rule broken (422 naming the field), bulk with per-item
   * outcomes; decided items leave the queue.
   */
  @Test
  void staffWorkTheReviewQueueWithTheGeneratedClient() throws Exception {
    String unit = ReviewItems.insert(3);
    ApiClient api = new ApiClient();
    api.updateBaseUri(base.toURI().resolve("api/v1").toString());
    String staff = TestAccounts.staff().authorization();
    api.setRequestInterceptor(request -> request.header("Authorization", staff));
    ReviewApi review = new ReviewApi(api);

    ReviewPage page = review.listReviewItems(unit, "attribution", 0.0, 1.0, null, 2);
    assertEquals(3L, page.getTotal());
    assertEquals(2, page.getItems().size());
    assertNotNull(page.getNextCursor());
    ReviewItem first = page.getItems().get(0);
    assertEquals(unit + "-P", first.getPerson().getCode());
    assertEquals("复核学院", first.getPerson().getUnitName());
    assertEquals(List.of("surname and initial match", "the unit's name variant matches"),
        first.getEvidence());
    assertEquals(1, review.listReviewItems(unit, null, null, null, page.getNextCursor(), 2)
        .getItems().size());
    assertEquals(1L, review.listReviewItems(unit, null, 0.515, null, null, 10).getTotal());

    ApiException stale = assertThrows(ApiException.class, () -> review.decideReviewItem(
        first.getKey(), new ReviewDecision().action(ReviewDecision.ActionEnum.ACCEPT).version(4L)));
    assertEquals(409, stale.getCode());
    ReviewOutcome accepted = review.decideReviewItem(first.getKey(),
        new ReviewDecision().action(ReviewDecision.ActionEnum.ACCEPT).version(first.getVersion()));
    assertEquals(ReviewOutcome.StatusEnum.RECORDED, accepted.getStatus());
    assertEquals(1L, accepted.getVersion());

    ReviewItem second = page.getItems().get(1);
    ApiException noReason = assertThrows(ApiException.class, () -> review.decideReviewItem(
        second.getKey(), new ReviewDecision().action(ReviewDecision.ActionEnum.REJECT)
            .version(0L)));
    assertEquals(422, noReason.getCode());
    assertTrue(noReason.getResponseBody().contains("reasonCode"), noReason.getResponseBody());

    ReviewBulkOutcome bulk = review.decideReviewItems(new ReviewBulkDecision().decisions(List.of(
        new ReviewDecision().key(second.getKey()).action(ReviewDecision.ActionEnum.REJECT)
            .reasonCode("not_affiliated").version(0L),
        new ReviewDecision().key(first.getKey()).action(ReviewDecision.ActionEnum.ACCEPT)
            .version(0L))));
    assertEquals(2, bulk.getOutcomes().size());
    assertEquals(ReviewOutcome.StatusEnum.RECORDED, bulk.getOutcomes().get(0).getStatus());
    assertEquals(ReviewOutcome.StatusEnum.CONFLICT, bulk.getOutcomes().get(1).getStatus());
    assertEquals(1, bulk.getRecorded());
    assertEquals(1L, review.listReviewItems(unit, null, null, null, null, 10).getTotal(),
        "decided items leave the queue");
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
