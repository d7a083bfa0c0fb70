package org.acta.core.domain.unit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.Objects;

/**
 * Another name of an {@link OrgUnit}: an abbreviation ("Sch Chem Engn"), a former name, or the
 * name in another language, as affiliations in export files write it.
 */
@Entity
@Table(name = "unit_name")
public class UnitName {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "unit_id", nullable = false)
  private OrgUnit unit;

  @Column(name = "name", nullable = false, length = 512)
  private String name;

  /** BCP 47 language tag ({@code zh}, {@code en}), {@code null} when unknown. */
  @Column(name = "language", length = 16)
  private String language;

  /** For JPA only. */
  protected UnitName() {}

  UnitName(OrgUnit unit, String name, String language) {
    this.unit = Objects.requireNonNull(unit, "unit");
    this.name = Objects.requireNonNull(name, "name");
    this.language = language;
  }

  public String name() {
    return name;
  }

  public String language() {
    return language;
  }
}
