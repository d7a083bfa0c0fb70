package org.acta.rest.security;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWT;
import com.nimbusds.oauth2.sdk.AuthorizationCode;
import com.nimbusds.oauth2.sdk.AuthorizationCodeGrant;
import com.nimbusds.oauth2.sdk.ParseException;
import com.nimbusds.oauth2.sdk.ResponseType;
import com.nimbusds.oauth2.sdk.Scope;
import com.nimbusds.oauth2.sdk.TokenRequest;
import com.nimbusds.oauth2.sdk.TokenResponse;
import com.nimbusds.oauth2.sdk.auth.ClientSecretBasic;
import com.nimbusds.oauth2.sdk.auth.Secret;
import com.nimbusds.oauth2.sdk.http.HTTPRequest;
import com.nimbusds.oauth2.sdk.id.ClientID;
import com.nimbusds.oauth2.sdk.id.Issuer;
import com.nimbusds.oauth2.sdk.id.State;
import com.nimbusds.oauth2.sdk.pkce.CodeChallengeMethod;
import com.nimbusds.oauth2.sdk.pkce.CodeVerifier;
import com.nimbusds.openid.connect.sdk.AuthenticationRequest;
import com.nimbusds.openid.connect.sdk.Nonce;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponse;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponseParser;
import com.nimbusds.openid.connect.sdk.claims.IDTokenClaimsSet;
import com.nimbusds.openid.connect.sdk.op.OIDCProviderMetadata;
import com.nimbusds.openid.connect.sdk.validators.IDTokenValidator;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.net.URI;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The OpenID Connect relying party: the authorization-code flow with state, nonce and PKCE (S256),
 * the client secret sent as HTTP Basic to the token endpoint, and the ID token checked (signature
 * by the provider's published keys, issuer, audience, expiry, nonce) by the Nimbus OAuth 2.0 SDK.
 *
 * <p>Why not Jakarta Security's {@code @OpenIdAuthenticationMechanismDefinition}: Jakarta Security
 * 3 (EE 10) allows one authentication mechanism per application, and Acta's own ({@link
 * ActaAuthenticationMechanism}) already serves HTTP Basic, API tokens and the CSRF-safe session
 * cookie; the built-in one would replace it and keep its own HTTP session. Here the provider's
 * answer only decides which account gets the same {@code acta_session} as a local sign-in, so
 * everything after sign-in is one code path.
 *
 * <p>The discovery document is fetched at the first sign-in, not at start-up, so a provider that is
 * down does not stop Acta (local accounts still work), and is kept afterwards.
 */
@ApplicationScoped
public class OidcClient {

  private static final int TIMEOUT_MS = 10_000;

  private volatile Discovered discovered;

  /** One sign-in attempt's secrets, kept in the browser's short-lived cookie until the callback. */
  public record Attempt(State state, Nonce nonce, CodeVerifier verifier) {
    /** The cookie value: the three parts are Base64URL, which never contains a dot. */
    public String encode() {
      return state.getValue() + "." + nonce.getValue() + "." + verifier.getValue();
    }

    /** The attempt from a cookie value, or null when it is not one. */
    public static Attempt decode(String value) {
      String[] parts = value == null ? new String[0] : value.split("\\.", 3);
      return parts.length == 3
          ? new Attempt(new State(parts[0]), new Nonce(parts[1]), new CodeVerifier(parts[2]))
          : null;
    }
  }

  /** The provider did not answer as OpenID Connect says; the message says what went wrong. */
  public static final class ProviderException extends Exception {
    public ProviderException(String message, Throwable cause) {
      super(message, cause);
    }
  }

  /** The provider answered, but its token is not one to trust or to accept. */
  public static final class RejectedTokenException extends Exception {
    public RejectedTokenException(String message, Throwable cause) {
      super(message, cause);
    }
  }

  /** Where to send the browser for this attempt. */
  public URI authorizationUri(OidcSettings settings, Attempt attempt, URI redirect)
      throws ProviderException {
    OIDCProviderMetadata metadata = metadata(settings).metadata();
    return new AuthenticationRequest.Builder(ResponseType.CODE, Scope.parse(settings.scope()),
        new ClientID(settings.clientId()), redirect)
        .endpointURI(metadata.getAuthorizationEndpointURI())
        .state(attempt.state())
        .nonce(attempt.nonce())
        .codeChallenge(attempt.verifier(), CodeChallengeMethod.S256)
        .build()
        .toURI();
  }

  /** Exchanges the code and returns the validated ID token's claims. */
  public IDTokenClaimsSet exchange(OidcSettings settings, Attempt attempt, String code,
      URI redirect) throws ProviderException, RejectedTokenException {
    Discovered provider = metadata(settings);
    TokenRequest request = new TokenRequest(provider.metadata().getTokenEndpointURI(),
        new ClientSecretBasic(new ClientID(settings.clientId()),
            new Secret(settings.clientSecret())),
        new AuthorizationCodeGrant(new AuthorizationCode(code), redirect, attempt.verifier()));
    TokenResponse response;
    try {
      HTTPRequest http = request.toHTTPRequest();
      http.setConnectTimeout(TIMEOUT_MS);
      http.setReadTimeout(TIMEOUT_MS);
      response = OIDCTokenResponseParser.parse(http.send());
    } catch (IOException | ParseException e) {
      throw new ProviderException("the token endpoint "
          + provider.metadata().getTokenEndpointURI() + " did not answer with tokens: "
          + e.getMessage(), e);
    }
    if (!response.indicatesSuccess()) {
      var error = response.toErrorResponse().getErrorObject();
      throw new RejectedTokenException("the provider refused the code: " + error.getCode()
          + (error.getDescription() == null ? "" : " (" + error.getDescription() + ")"), null);
    }
    JWT idToken = ((OIDCTokenResponse) response.toSuccessResponse()).getOIDCTokens().getIDToken();
    try {
      return provider.validator().validate(idToken, attempt.nonce());
    } catch (BadJOSEException e) {
      throw new RejectedTokenException("the ID token is not valid: " + e.getMessage(), e);
    } catch (JOSEException e) {
      throw new ProviderException("the ID token could not be checked: " + e.getMessage(), e);
    }
  }

  private record Discovered(String issuer, OIDCProviderMetadata metadata,
      IDTokenValidator validator) {}

  private Discovered metadata(OidcSettings settings) throws ProviderException {
    Discovered known = discovered;
    if (known != null && known.issuer().equals(settings.issuer())) {
      return known;
    }
    try {
      OIDCProviderMetadata metadata = OIDCProviderMetadata.resolve(new Issuer(settings.issuer()),
          TIMEOUT_MS, TIMEOUT_MS);
      // Any public-key algorithm the provider says it signs ID tokens with (never "none", never
      // HMAC with the client secret); the key comes from its JWKS by the token's key id.
      Set<JWSAlgorithm> algorithms = new HashSet<>();
      for (JWSAlgorithm a : metadata.getIDTokenJWSAlgs() == null ? List.of(JWSAlgorithm.RS256)
          : metadata.getIDTokenJWSAlgs()) {
        if (JWSAlgorithm.Family.RSA.contains(a) || JWSAlgorithm.Family.EC.contains(a)) {
          algorithms.add(a);
        }
      }
      JWKSource<SecurityContext> keys =
          JWKSourceBuilder.create(metadata.getJWKSetURI().toURL()).retrying(true).build();
      IDTokenValidator validator = new IDTokenValidator(metadata.getIssuer(),
          new ClientID(settings.clientId()), new JWSVerificationKeySelector<>(algorithms, keys),
          null);
      known = new Discovered(settings.issuer(), metadata, validator);
      discovered = known;
      return known;
    } catch (IOException | com.nimbusds.oauth2.sdk.GeneralException e) {
      throw new ProviderException("the provider's discovery document at " + settings.issuer()
          + "/.well-known/openid-configuration cannot be read: " + e.getMessage(), e);
    }
  }
}
