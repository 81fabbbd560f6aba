package org.openlicensing.core.support;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * A clock whose instants have microseconds, the precision PostgreSQL and H2 keep: a time the
 * library hands out reads back from the database exactly as it was given.
 */
public final class MicrosecondClock extends Clock {
  private final Clock source;

  private MicrosecondClock(Clock source) {
    this.source = Objects.requireNonNull(source, "source");
  }

  public static Clock of(Clock source) {
    return source instanceof MicrosecondClock ? source : new MicrosecondClock(source);
  }

  @Override
  public Instant instant() {
    return source.instant().truncatedTo(ChronoUnit.MICROS);
  }

  @Override
  public long millis() {
    return source.millis();
  }

  @Override
  public ZoneId getZone() {
    return source.getZone();
  }

  @Override
  public Clock withZone(ZoneId zone) {
    return new MicrosecondClock(source.withZone(zone));
  }
}
