package org.acta.deploy.it;

import java.net.InetAddress;
import java.util.List;
import java.util.Map;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;

/**
 * A real OpenID Connect provider for the ITs, in this JVM: NAV's mock-oauth2-server serves
 * discovery, JWKS, the authorization endpoint (it signs the user in without a form) and signed ID
 * tokens. Started once per run, before Arquillian reads {@code arquillian.xml}, which hands its
 * issuer to Payara Micro as {@code acta.oidc.issuer}; a test says whom the next sign-in vouches for
 * with {@link #nextSignIn}.
 */
final class TestOidcProvider {

  /** The issuer id (the path below the server) and Acta's registration there. */
  static final String ISSUER_ID = "university";
  static final String CLIENT_ID = "acta-it";
  /** The claim that names the person, as arquillian.xml configures it. */
  static final String PERSON_CLAIM = "staff_number";

  private static MockOAuth2Server server;

  private TestOidcProvider() {}

  /** Starts the provider (once) and publishes its issuer in {@code acta.it.oidc.issuer}. */
  static synchronized void start() {
    if (server != null) {
      return;
    }
    server = new MockOAuth2Server();
    server.start(InetAddress.getLoopbackAddress(), 0);
    String issuer = server.issuerUrl(ISSUER_ID).toString();
    System.setProperty("acta.it.oidc.issuer", issuer.endsWith("/")
        ? issuer.substring(0, issuer.length() - 1) : issuer);
    System.out.println("[TestOidcProvider] issuer " + System.getProperty("acta.it.oidc.issuer"));
    Runtime.getRuntime().addShutdownHook(new Thread(server::shutdown));
  }

  /** The next ID token the provider issues names this person by the staff-number claim. */
  static void nextSignIn(String staffNumber) {
    server.enqueueCallback(new DefaultOAuth2TokenCallback(ISSUER_ID, "subject-" + staffNumber,
        "JWT", List.of(CLIENT_ID), Map.of(PERSON_CLAIM, staffNumber), 3600));
  }
}
