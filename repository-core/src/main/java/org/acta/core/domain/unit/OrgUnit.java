package org.acta.core.domain.unit;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * An organisational unit (school, department, institute, lab) of the institution. Units form a
 * tree; the unit without a parent is the institution itself. A unit has an official Chinese and
 * English name and any number of other names (abbreviations, former names) that affiliations use;
 * attribution matches affiliation strings against all of them.
 *
 * <p>{@code code} is the institution's own identifier for the unit, the key other systems use.
 */
@Entity
@Table(name = "unit")
public class OrgUnit {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "code", nullable = false, unique = true, length = 64)
  private String code;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "parent_id")
  private OrgUnit parent;

  @Column(name = "name_zh")
  private String nameZh;

  @Column(name = "name_en")
  private String nameEn;

  // Sorted by language, then name, so that every reader sees the same order.
  @OneToMany(mappedBy = "unit", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("language ASC, name ASC")
  private List<UnitName> otherNames = new ArrayList<>();

  /** For JPA only. */
  protected OrgUnit() {}

  /**
   * A new unit.
   *
   * @param code the institution's identifier of the unit
   * @param parent the enclosing unit, {@code null} for the institution itself
   * @param nameZh official Chinese name, may be {@code null}
   * @param nameEn official English name, may be {@code null}
   */
  public OrgUnit(String code, OrgUnit parent, String nameZh, String nameEn) {
    this.code = Objects.requireNonNull(code, "code");
    this.parent = parent;
    this.nameZh = nameZh;
    this.nameEn = nameEn;
  }

  /** Records another name the unit goes by; the same name in the same language is kept once. */
  public void addOtherName(String name, String language) {
    boolean known =
        otherNames.stream()
            .anyMatch(n -> n.name().equals(name) && Objects.equals(n.language(), language));
    if (!known) {
      otherNames.add(new UnitName(this, name, language));
    }
  }

  public Long id() {
    return id;
  }

  public String code() {
    return code;
  }

  public OrgUnit parent() {
    return parent;
  }

  public String nameZh() {
    return nameZh;
  }

  public String nameEn() {
    return nameEn;
  }

  public List<UnitName> otherNames() {
    return Collections.unmodifiableList(otherNames);
  }
}
