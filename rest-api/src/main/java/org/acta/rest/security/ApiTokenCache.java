package org.acta.rest.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;
import org.acta.core.infrastructure.security.Accounts;

/**
 * Live API tokens this server has checked in the last {@link #LIFETIME}, so an HR client walking
 * the table a page at a time costs one database look-up every few seconds instead of one per
 * page. Only tokens found live are kept, under their SHA-256 (never the secret), and at most
 * {@link #MOST} of them; an unknown token is looked up every time.
 *
 * <p>A revocation through the API ({@code DELETE /tokens/{id}}) empties the cache, so it takes
 * effect at the next request. A token revoked by other means (straight in the database, or on
 * another server of a cluster) is refused after at most {@link #LIFETIME}.
 */
@ApplicationScoped
public class ApiTokenCache {
  /** How long a token found live is believed live without asking the database again. */
  public static final Duration LIFETIME = Duration.ofSeconds(5);
  /** The most tokens kept; beyond, the cache starts over (HR systems have a handful). */
  static final int MOST = 1_000;

  private record Live(String name, long until) {}

  private final ConcurrentHashMap<String, Live> live = new ConcurrentHashMap<>();

  @Inject DataSource dataSource;

  /** The name of the live token with this secret, if any. */
  public Optional<String> name(String secret) {
    String key = Accounts.sha256(secret);
    long now = System.nanoTime();
    Live known = live.get(key);
    if (known != null && now - known.until() < 0) {
      return Optional.of(known.name());
    }
    Optional<String> name = new Accounts(dataSource).tokenName(secret);
    if (name.isPresent()) {
      if (live.size() >= MOST) {
        live.clear();
      }
      live.put(key, new Live(name.get(), now + LIFETIME.toNanos()));
    } else {
      live.remove(key);
    }
    return name;
  }

  /** Forgets every token, after a revocation: the next request of each is looked up again. */
  public void forgetAll() {
    live.clear();
  }
}
