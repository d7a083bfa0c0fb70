package org.acta.core.application.review;

/**
 * The key of an attribution item, {@code authorship:<work key>#<author rank>}: the same key
 * decision events and their optimistic lock use ({@code NewDecision#itemKey}).
 */
public record ReviewItemKey(String workKey, int authorRank) {
  private static final String PREFIX = "authorship:";

  /** @throws IllegalArgumentException naming the field when the key is not an item key */
  public static ReviewItemKey parse(String key) {
    int hash = key == null ? -1 : key.lastIndexOf('#');
    if (key == null || !key.startsWith(PREFIX) || hash <= PREFIX.length()) {
      throw new IllegalArgumentException("key: '" + key
          + "' is not a review item key (authorship:<work key>#<author rank>)");
    }
    try {
      int rank = Integer.parseInt(key.substring(hash + 1));
      if (rank < 1) {
        throw new NumberFormatException();
      }
      return new ReviewItemKey(key.substring(PREFIX.length(), hash), rank);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("key: the author rank of '" + key
          + "' is not a positive number");
    }
  }

  @Override
  public String toString() {
    return PREFIX + workKey + "#" + authorRank;
  }
}
