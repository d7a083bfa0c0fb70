package org.acta.core.application.review;

/**
 * The key of a possible-duplicate item, {@code duplicate:<work key>~<other work key>}: the two
 * works the engine could not decide were one publication or two. A decision on it is recorded on
 * the first work's item ({@code work:<work key>}), as merges and keep-aparts are.
 */
public record DuplicateItemKey(String workKey, String otherWorkKey) {
  public static final String PREFIX = "duplicate:";

  /** True when the key names a possible-duplicate item (not necessarily a valid one). */
  public static boolean names(String key) {
    return key != null && key.startsWith(PREFIX);
  }

  /** @throws IllegalArgumentException naming the field when the key is not such a key */
  public static DuplicateItemKey parse(String key) {
    int tilde = key == null ? -1 : key.indexOf('~');
    if (!names(key) || tilde <= PREFIX.length() || tilde == key.length() - 1) {
      throw new IllegalArgumentException("key: '" + key
          + "' is not a possible-duplicate item key (duplicate:<work key>~<other work key>)");
    }
    return new DuplicateItemKey(key.substring(PREFIX.length(), tilde), key.substring(tilde + 1));
  }

  /** The decision item a merge or keep-apart of the pair moves on. */
  public String decisionItem() {
    return "work:" + workKey;
  }

  @Override
  public String toString() {
    return PREFIX + workKey + "~" + otherWorkKey;
  }
}
