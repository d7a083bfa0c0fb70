package org.acta.core.application.review;

/**
 * A reviewer's answer to one item.
 *
 * @param key the item key
 * @param version the item version the reviewer saw
 * @param action accept, reject or reassign
 * @param reasonCode required for reject ({@code not_affiliated}, {@code namesake}, ...)
 * @param reason free text, why
 * @param personCode the person to reassign to (reassign only)
 */
public record ReviewDecision(
    String key,
    long version,
    ReviewAction action,
    String reasonCode,
    String reason,
    String personCode) {}
