package org.openlicensing.persistence;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import org.eclipse.persistence.mappings.DatabaseMapping;
import org.eclipse.persistence.mappings.converters.Converter;
import org.eclipse.persistence.sessions.Session;

/**
 * Reads a timestamp with time zone into an Instant whatever the driver returns for it: PostgreSQL
 * returns a Timestamp, H2 an OffsetDateTime. Instants are written as they are; both drivers bind
 * them.
 */
final class InstantColumnConverter implements Converter {
  private static final long serialVersionUID = 1L;

  @Override
  public Object convertObjectValueToDataValue(Object objectValue, Session session) {
    return objectValue;
  }

  @Override
  public Object convertDataValueToObjectValue(Object dataValue, Session session) {
    if (dataValue == null || dataValue instanceof Instant) {
      return dataValue;
    }
    if (dataValue instanceof OffsetDateTime offsetDateTime) {
      return offsetDateTime.toInstant();
    }
    if (dataValue instanceof Timestamp timestamp) {
      return timestamp.toInstant();
    }
    throw new IllegalStateException(
        "cannot read an instant from a " + dataValue.getClass().getName());
  }

  @Override
  public boolean isMutable() {
    return false;
  }

  @Override
  public void initialize(DatabaseMapping mapping, Session session) {}
}
