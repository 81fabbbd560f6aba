package org.openlicensing.core.testing;

import java.util.Comparator;
import java.util.UUID;

/**
 * The order in which PostgreSQL and H2 sort uuid columns: as unsigned 128-bit numbers. {@link
 * UUID#compareTo} compares signed halves, which differs for ids with the top bit set.
 */
public final class UuidOrder {
  public static final Comparator<UUID> ASCENDING =
      Comparator.comparing(UUID::getMostSignificantBits, Long::compareUnsigned)
          .thenComparing(UUID::getLeastSignificantBits, Long::compareUnsigned);

  private UuidOrder() {}
}
