package org.acta.deploy.server;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** Asks a running Acta's {@code /health} whether it is UP. */
public final class HealthProbe {

  private final HttpClient client =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
  private final URI health;

  public HealthProbe(int port) {
    this.health = URI.create("http://127.0.0.1:" + port + "/health");
  }

  /** Whether {@code /health} answers 200 with status UP; false on any failure to ask. */
  public boolean isUp() {
    try {
      HttpResponse<String> response =
          client.send(
              HttpRequest.newBuilder(health).timeout(Duration.ofSeconds(10)).GET().build(),
              HttpResponse.BodyHandlers.ofString());
      return response.statusCode() == 200
          && response.body().replace(" ", "").contains("\"status\":\"UP\"");
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }
}
