package org.acta.rest.security;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.DatabaseIdentityStoreDefinition;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;
import org.acta.core.infrastructure.migration.StartupMigrator;
import org.acta.core.infrastructure.security.Accounts;

/**
 * Who is calling: {@code Authorization: Basic} is checked against the local accounts (PBKDF2
 * hashes, through Jakarta Security's database identity store); {@code Authorization: Bearer} is an
 * API token, which makes the caller an {@code hr-client}. Without credentials the request goes on
 * anonymously and {@link RolesAllowedFilter} answers 401 where a role is needed; wrong credentials
 * are 401 at once.
 */
@ApplicationScoped
@DatabaseIdentityStoreDefinition(
    dataSourceLookup = StartupMigrator.DATA_SOURCE,
    callerQuery = "SELECT password_hash FROM account WHERE username = ?",
    groupsQuery = "SELECT role FROM account WHERE username = ?",
    hashAlgorithm = Pbkdf2PasswordHash.class)
public class ActaAuthenticationMechanism implements HttpAuthenticationMechanism {

  @Inject IdentityStoreHandler identityStores;

  @Resource(lookup = StartupMigrator.DATA_SOURCE)
  DataSource dataSource;

  @Override
  public AuthenticationStatus validateRequest(HttpServletRequest request,
      HttpServletResponse response, HttpMessageContext context) {
    String authorization = request.getHeader("Authorization");
    if (authorization == null || authorization.isBlank()) {
      return context.doNothing();
    }
    if (startsWithIgnoreCase(authorization, "Bearer ")) {
      Optional<String> token = new Accounts(dataSource)
          .tokenName(authorization.substring("Bearer ".length()).strip());
      return token.isPresent()
          ? context.notifyContainerAboutLogin("token:" + token.get(), Set.of(Roles.HR_CLIENT))
          : context.responseUnauthorized();
    }
    if (startsWithIgnoreCase(authorization, "Basic ")) {
      String decoded;
      try {
        decoded = new String(Base64.getDecoder().decode(
            authorization.substring("Basic ".length()).strip()), StandardCharsets.UTF_8);
      } catch (IllegalArgumentException e) {
        return context.responseUnauthorized();
      }
      int colon = decoded.indexOf(':');
      if (colon < 1) {
        return context.responseUnauthorized();
      }
      CredentialValidationResult result = identityStores.validate(new UsernamePasswordCredential(
          decoded.substring(0, colon), decoded.substring(colon + 1)));
      return result.getStatus() == CredentialValidationResult.Status.VALID
          ? context.notifyContainerAboutLogin(result)
          : context.responseUnauthorized();
    }
    return context.responseUnauthorized();
  }

  private static boolean startsWithIgnoreCase(String value, String prefix) {
    return value.regionMatches(true, 0, prefix, 0, prefix.length());
  }
}
