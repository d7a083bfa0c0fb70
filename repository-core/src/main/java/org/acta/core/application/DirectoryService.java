package org.acta.core.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import org.acta.core.domain.person.Person;
import org.acta.core.domain.person.PersonKind;
import org.acta.core.domain.shared.DuplicateKeyException;
import org.acta.core.domain.shared.UnknownReferenceException;
import org.acta.core.domain.unit.OrgUnit;

/**
 * The institution's directory of units and people: the dictionaries attribution matches authors
 * against. Natural keys are the institution's own codes, so a caller never needs database ids.
 */
@ApplicationScoped
@Transactional
public class DirectoryService {

  @PersistenceContext(unitName = "acta")
  private EntityManager em;

  /**
   * Adds a unit under its parent.
   *
   * @throws DuplicateKeyException when a unit with the code exists
   * @throws UnknownReferenceException when the parent code names no unit
   */
  public OrgUnit addUnit(NewUnit command) {
    if (findUnit(command.code()).isPresent()) {
      throw new DuplicateKeyException("unit", command.code());
    }
    OrgUnit parent = null;
    if (command.parentCode() != null) {
      parent =
          findUnit(command.parentCode())
              .orElseThrow(() -> new UnknownReferenceException("parent unit", command.parentCode()));
    }
    OrgUnit unit = new OrgUnit(command.code(), parent, command.nameZh(), command.nameEn());
    command.otherNames().forEach(n -> unit.addOtherName(n.name(), n.language()));
    em.persist(unit);
    em.flush();
    return unit;
  }

  /** The unit with this code, if any. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Optional<OrgUnit> findUnit(String code) {
    return em.createQuery("select u from OrgUnit u where u.code = :code", OrgUnit.class)
        .setParameter("code", code)
        .getResultStream()
        .findFirst();
  }

  /** All units, in the order they were added (parents before children). */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<OrgUnit> listUnits() {
    return em.createQuery("select u from OrgUnit u order by u.id", OrgUnit.class).getResultList();
  }

  /**
   * Adds a person.
   *
   * @throws DuplicateKeyException when a person with the code exists
   * @throws UnknownReferenceException when the unit or supervisor code names nothing stored
   * @throws org.acta.core.domain.shared.InvalidValueException for an unknown kind or an impossible period
   */
  public Person addPerson(NewPerson command) {
    if (findPerson(command.code()).isPresent()) {
      throw new DuplicateKeyException("person", command.code());
    }
    Person person =
        new Person(
            command.code(), PersonKind.fromCode(command.kind()), command.nameZh(), command.nameEn());
    if (command.unitCode() != null) {
      person.assignTo(
          findUnit(command.unitCode())
              .orElseThrow(() -> new UnknownReferenceException("unit", command.unitCode())));
    }
    if (command.supervisorCode() != null) {
      person.supervisedBy(
          findPerson(command.supervisorCode())
              .orElseThrow(
                  () -> new UnknownReferenceException("supervisor", command.supervisorCode())));
    }
    person.contact(command.email(), command.orcid());
    person.atInstitution(command.startYear(), command.endYear());
    em.persist(person);
    em.flush();
    return person;
  }

  /** The person with this code, if any. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Optional<Person> findPerson(String code) {
    return em.createQuery("select p from Person p where p.code = :code", Person.class)
        .setParameter("code", code)
        .getResultStream()
        .findFirst();
  }
}
