package org.acta.rest.mapper;

import java.util.List;
import org.acta.core.application.NewPerson;
import org.acta.core.application.NewUnit;
import org.acta.core.domain.person.Person;
import org.acta.core.domain.unit.OrgUnit;
import org.acta.rest.dto.PersonDto;
import org.acta.rest.dto.UnitDto;
import org.acta.rest.dto.UnitNameDto;

/** Turns directory DTOs into commands and directory entities into DTOs. */
public final class DirectoryDtoMapper {

  private DirectoryDtoMapper() {}

  /** The command to add the unit a client sent. */
  public static NewUnit toCommand(UnitDto dto) {
    List<NewUnit.OtherName> names =
        dto.otherNames() == null
            ? List.of()
            : dto.otherNames().stream()
                .map(n -> new NewUnit.OtherName(n.name().strip(), blankToNull(n.language())))
                .toList();
    return new NewUnit(
        dto.code().strip(),
        blankToNull(dto.parentCode()),
        blankToNull(dto.nameZh()),
        blankToNull(dto.nameEn()),
        names);
  }

  /** The command to add the person a client sent. */
  public static NewPerson toCommand(PersonDto dto) {
    return new NewPerson(
        dto.code().strip(),
        dto.kind(),
        blankToNull(dto.nameZh()),
        blankToNull(dto.nameEn()),
        blankToNull(dto.unitCode()),
        blankToNull(dto.supervisorCode()),
        blankToNull(dto.email()),
        blankToNull(dto.orcid()),
        dto.startYear(),
        dto.endYear());
  }

  /** What the API shows of a unit. */
  public static UnitDto toDto(OrgUnit unit) {
    return new UnitDto(
        unit.code(),
        unit.parent() == null ? null : unit.parent().code(),
        unit.nameZh(),
        unit.nameEn(),
        unit.otherNames().stream().map(n -> new UnitNameDto(n.name(), n.language())).toList());
  }

  /** What the API shows of a person. */
  public static PersonDto toDto(Person person) {
    return new PersonDto(
        person.code(),
        person.kind().code(),
        person.nameZh(),
        person.nameEn(),
        person.unit() == null ? null : person.unit().code(),
        person.supervisor() == null ? null : person.supervisor().code(),
        person.email(),
        person.orcid(),
        person.startYear(),
        person.endYear());
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
