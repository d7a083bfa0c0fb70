package org.acta.core.domain.person;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.Objects;
import org.acta.core.domain.shared.InvalidValueException;
import org.acta.core.domain.unit.OrgUnit;

/**
 * A member of the institution as HR or the registry holds them: staff or student, in a unit, a
 * student with a supervisor, with the years they were at the institution. Works are attributed to
 * people; {@code code} is the institution's person identifier.
 */
@Entity
@Table(name = "person")
public class Person {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "code", nullable = false, unique = true, length = 64)
  private String code;

  @Convert(converter = PersonKindConverter.class)
  @Column(name = "kind", nullable = false, length = 16)
  private PersonKind kind;

  @Column(name = "name_zh")
  private String nameZh;

  @Column(name = "name_en")
  private String nameEn;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "unit_id")
  private OrgUnit unit;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "supervisor_id")
  private Person supervisor;

  @Column(name = "email", length = 320)
  private String email;

  @Column(name = "orcid", length = 19)
  private String orcid;

  @Column(name = "start_year")
  private Integer startYear;

  @Column(name = "end_year")
  private Integer endYear;

  /** For JPA only. */
  protected Person() {}

  /**
   * A new person.
   *
   * @param code the institution's person identifier
   * @param kind staff or student
   * @param nameZh name in Chinese characters, may be {@code null}
   * @param nameEn romanised or English name as HR holds it, may be {@code null}
   */
  public Person(String code, PersonKind kind, String nameZh, String nameEn) {
    this.code = Objects.requireNonNull(code, "code");
    this.kind = Objects.requireNonNull(kind, "kind");
    this.nameZh = nameZh;
    this.nameEn = nameEn;
  }

  /** Places the person in a unit ({@code null}: none known). */
  public void assignTo(OrgUnit unit) {
    this.unit = unit;
  }

  /** Names the staff member who supervises this student ({@code null}: none). */
  public void supervisedBy(Person supervisor) {
    if (supervisor != null && supervisor.code.equals(code)) {
      throw new InvalidValueException("a person cannot supervise themselves: " + code);
    }
    this.supervisor = supervisor;
  }

  /** Sets how to reach and identify the person outside the institution. */
  public void contact(String email, String orcid) {
    this.email = email;
    this.orcid = orcid;
  }

  /**
   * Sets the years the person was at the institution.
   *
   * @throws InvalidValueException when the period ends before it starts
   */
  public void atInstitution(Integer startYear, Integer endYear) {
    if (startYear != null && endYear != null && endYear < startYear) {
      throw new InvalidValueException(
          "end year " + endYear + " is before start year " + startYear + " for " + code);
    }
    this.startYear = startYear;
    this.endYear = endYear;
  }

  public Long id() {
    return id;
  }

  public String code() {
    return code;
  }

  public PersonKind kind() {
    return kind;
  }

  public String nameZh() {
    return nameZh;
  }

  public String nameEn() {
    return nameEn;
  }

  public OrgUnit unit() {
    return unit;
  }

  public Person supervisor() {
    return supervisor;
  }

  public String email() {
    return email;
  }

  public String orcid() {
    return orcid;
  }

  public Integer startYear() {
    return startYear;
  }

  public Integer endYear() {
    return endYear;
  }
}
