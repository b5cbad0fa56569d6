package org.confederatio.schema;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import org.confederatio.rules.api.canton.CantonCode;
import org.confederatio.rules.api.canton.FiscalYear;
import org.confederatio.rules.api.canton.OrganizationId;
import org.confederatio.rules.api.canton.PersonId;
import org.confederatio.rules.api.money.Money;

/**
 * The domain's value types in their columns: an entity field of one of these types is stored as the
 * plain value and checked by the type's constructor when read, so a row that breaks the format
 * fails loudly instead of travelling on as a string. Applied automatically to every field of the
 * type; listed in persistence.xml.
 */
public final class ValueConverters {

  private ValueConverters() {}

  @Converter(autoApply = true)
  public static class CantonCodes implements AttributeConverter<CantonCode, String> {
    @Override
    public String convertToDatabaseColumn(CantonCode code) {
      return code == null ? null : code.value();
    }

    @Override
    public CantonCode convertToEntityAttribute(String column) {
      return column == null ? null : CantonCode.of(column);
    }
  }

  @Converter(autoApply = true)
  public static class OrganizationIds implements AttributeConverter<OrganizationId, String> {
    @Override
    public String convertToDatabaseColumn(OrganizationId id) {
      return id == null ? null : id.value();
    }

    @Override
    public OrganizationId convertToEntityAttribute(String column) {
      return column == null ? null : OrganizationId.of(column);
    }
  }

  @Converter(autoApply = true)
  public static class PersonIds implements AttributeConverter<PersonId, String> {
    @Override
    public String convertToDatabaseColumn(PersonId id) {
      return id == null ? null : id.value();
    }

    @Override
    public PersonId convertToEntityAttribute(String column) {
      return column == null ? null : PersonId.of(column);
    }
  }

  @Converter(autoApply = true)
  public static class FiscalYears implements AttributeConverter<FiscalYear, Integer> {
    @Override
    public Integer convertToDatabaseColumn(FiscalYear year) {
      return year == null ? null : year.value();
    }

    @Override
    public FiscalYear convertToEntityAttribute(Integer column) {
      return column == null ? null : FiscalYear.of(column);
    }
  }

  /** An amount in its BIGINT column of whole cents ({@code *_cents}). */
  @Converter(autoApply = true)
  public static class Moneys implements AttributeConverter<Money, Long> {
    @Override
    public Long convertToDatabaseColumn(Money amount) {
      return amount == null ? null : amount.cents();
    }

    @Override
    public Money convertToEntityAttribute(Long column) {
      return column == null ? null : Money.ofCents(column);
    }
  }
}
