package org.openlicensing.persistence;

import java.sql.Types;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.persistence.descriptors.ClassDescriptor;
import org.eclipse.persistence.mappings.DatabaseMapping;
import org.eclipse.persistence.mappings.foundation.AbstractDirectMapping;
import org.eclipse.persistence.sessions.Session;
import org.eclipse.persistence.sessions.SessionCustomizer;

/**
 * Makes the entities' UUID and Instant attributes meet uuid and timestamp-with-time-zone columns
 * the same way on PostgreSQL and H2, where EclipseLink's defaults do not:
 *
 * <ul>
 *   <li>A null UUID is bound as VARCHAR, which PostgreSQL refuses for a uuid column ("column is of
 *       type uuid but expression is of type character varying"); declared {@link Types#OTHER}, it
 *       is bound untyped, and both databases take it.
 *   <li>H2 reads a timestamp with time zone as an OffsetDateTime, which EclipseLink cannot turn
 *       into an Instant; {@link InstantColumnConverter} can, keeping the microseconds. With the
 *       converter, a null Instant would be bound as VARCHAR too, so its type is declared.
 * </ul>
 *
 * EclipseLink instantiates it by name (property {@code eclipselink.session.customizer}).
 */
public final class ColumnTypes implements SessionCustomizer {
  @Override
  public void customize(Session session) {
    for (ClassDescriptor descriptor : session.getDescriptors().values()) {
      for (DatabaseMapping mapping : descriptor.getMappings()) {
        if (mapping instanceof AbstractDirectMapping direct) {
          Class<?> type = attributeType(descriptor.getJavaClass(), direct.getAttributeName());
          if (type == UUID.class) {
            direct.getField().setSqlType(Types.OTHER);
          } else if (type == Instant.class) {
            direct.setConverter(new InstantColumnConverter());
            direct.getField().setSqlType(Types.TIMESTAMP_WITH_TIMEZONE);
          }
        }
      }
    }
  }

  /**
   * The declared type of the attribute. Metadata does not carry it yet when customizers run, but
   * the entities map fields, so the field says.
   */
  private static Class<?> attributeType(Class<?> entity, String attribute) {
    for (Class<?> c = entity; c != null; c = c.getSuperclass()) {
      try {
        return c.getDeclaredField(attribute).getType();
      } catch (NoSuchFieldException e) {
        // declared further up, if anywhere
      }
    }
    return null;
  }
}
