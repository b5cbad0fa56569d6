package org.confederatio.access;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores a role as its group name, which is what the identity store's query returns. */
@Converter
public class RoleConverter implements AttributeConverter<Role, String> {

  @Override
  public String convertToDatabaseColumn(Role role) {
    return role == null ? null : role.groupName();
  }

  @Override
  public Role convertToEntityAttribute(String group) {
    return group == null ? null : Role.ofGroupName(group);
  }
}
