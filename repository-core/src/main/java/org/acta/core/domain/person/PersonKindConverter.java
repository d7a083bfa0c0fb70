package org.acta.core.domain.person;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores {@link PersonKind} as its lower-case code, which the schema's CHECK constraint expects. */
@Converter
public class PersonKindConverter implements AttributeConverter<PersonKind, String> {

  @Override
  public String convertToDatabaseColumn(PersonKind kind) {
    return kind == null ? null : kind.code();
  }

  @Override
  public PersonKind convertToEntityAttribute(String code) {
    return code == null ? null : PersonKind.fromCode(code);
  }
}
