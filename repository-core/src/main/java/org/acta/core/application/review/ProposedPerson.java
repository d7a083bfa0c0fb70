package org.acta.core.application.review;

/**
 * The person a review item proposes, as the reviewer needs to judge them.
 *
 * @param code the institution's person identifier
 * @param nameZh name in Chinese, or null
 * @param nameEn romanised or English name, or null
 * @param kind staff or student
 * @param unitCode their unit, or null
 * @param unitName their unit's name (Chinese, else English), or null
 * @param supervisorCode a student's supervisor, or null
 * @param supervisorName the supervisor's name, or null
 * @param otherWorks how many other works the one table attributes to them
 */
public record ProposedPerson(
    String code,
    String nameZh,
    String nameEn,
    String kind,
    String unitCode,
    String unitName,
    String supervisorCode,
    String supervisorName,
    int otherWorks) {}
