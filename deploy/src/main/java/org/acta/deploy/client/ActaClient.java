package org.acta.deploy.client;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Talks to a running Acta: uploads export files to {@code /api/v1/imports} as
 * {@code multipart/form-data} and reads an import's progress.
 */
public final class ActaClient {
  private final URI api;
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  private final String authorization;

  /**
   * A client that signs in with {@code ACTA_USER} and {@code ACTA_PASSWORD} from the environment
   * (HTTP Basic), or {@code ACTA_TOKEN} (Bearer), or not at all.
   *
   * @param server the server's root, e.g. {@code http://localhost:8080/}
   */
  public ActaClient(URI server) {
    this(server, fromEnvironment());
  }

  /**
   * @param server the server's root
   * @param authorization the {@code Authorization} header to send, or null for none
   */
  public ActaClient(URI server, String authorization) {
    String root = server.toString().endsWith("/") ? server.toString() : server + "/";
    this.api = URI.create(root).resolve("api/v1/");
    this.authorization = authorization;
  }

  /** The {@code Authorization} header for HTTP Basic. */
  public static String basic(String user, String password) {
    return "Basic " + java.util.Base64.getEncoder()
        .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
  }

  private static String fromEnvironment() {
    String user = System.getenv("ACTA_USER");
    String password = System.getenv("ACTA_PASSWORD");
    if (user != null && password != null) {
      return basic(user, password);
    }
    String token = System.getenv("ACTA_TOKEN");
    return token == null ? null : "Bearer " + token;
  }

  /**
   * Uploads the files as one import.
   *
   * @return the server's answer: the import with its id and its files, queued
   * @throws ActaClientException when the server refuses the upload or cannot be reached
   */
  public JsonObject upload(List<Path> files) throws IOException, InterruptedException {
    String boundary = "acta-" + UUID.randomUUID();
    // Files are streamed from disk, not read into memory: an export can be hundreds of MB.
    List<HttpRequest.BodyPublisher> body = new ArrayList<>();
    for (Path f : files) {
      String name = f.getFileName().toString().replace("\"", "%22");
      body.add(text("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\";"
          + " filename=\"" + name + "\"\r\nContent-Type: application/octet-stream\r\n\r\n"));
      body.add(HttpRequest.BodyPublishers.ofFile(f));
      body.add(text("\r\n"));
    }
    body.add(text("--" + boundary + "--\r\n"));
    HttpRequest request = HttpRequest.newBuilder(api.resolve("imports"))
        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
        .header("Accept", "application/json")
        .POST(HttpRequest.BodyPublishers.concat(body.toArray(HttpRequest.BodyPublisher[]::new)))
        .build();
    return send(request, 202);
  }

  private static HttpRequest.BodyPublisher text(String s) {
    return HttpRequest.BodyPublishers.ofString(s, StandardCharsets.UTF_8);
  }

  /** The progress of an import. */
  public JsonObject importStatus(long id) throws IOException, InterruptedException {
    return send(HttpRequest.newBuilder(api.resolve("imports/" + id)).GET().build(), 200);
  }

  /** A page of the one table changed after {@code since}. */
  public JsonObject table(long since, String cursor, int limit)
      throws IOException, InterruptedException {
    String query = "table?since=" + since + "&limit=" + limit
        + (cursor == null ? "" : "&cursor=" + java.net.URLEncoder.encode(cursor,
            StandardCharsets.UTF_8));
    return send(HttpRequest.newBuilder(api.resolve(query)).GET().build(), 200);
  }

  private JsonObject send(HttpRequest request, int expected)
      throws IOException, InterruptedException {
    if (authorization != null) {
      request = HttpRequest.newBuilder(request, (name, value) -> true)
          .header("Authorization", authorization).build();
    }
    HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != expected) {
      throw new ActaClientException(request.method() + " " + request.uri() + ": HTTP "
          + response.statusCode() + " " + response.body());
    }
    try (JsonReader reader = Json.createReader(new StringReader(response.body()))) {
      return reader.readObject();
    }
  }
}
