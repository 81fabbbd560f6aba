package org.openlicensing.core.testing;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;
import org.openlicensing.api.licenses.Activation;
import org.openlicensing.api.licenses.License;
import org.openlicensing.api.usage.DailyUsage;
import org.openlicensing.api.usage.DayRange;
import org.openlicensing.api.usage.UsageEvent;
import org.openlicensing.core.licenses.LicenseRepository;
import org.openlicensing.core.usage.DeviceChanges;
import org.openlicensing.core.usage.UsageRepository;

final class InMemoryUsageRepository implements UsageRepository {
  private record DayKey(UUID licenseId, String metric, LocalDate day) {}

  private record DayRow(DayKey key, UUID organizationId, long total) {}

  private final InMemoryTable<UUID, UsageEvent> events;
  private final InMemoryTable<DayKey, DayRow> days;
  private final InMemoryActivationRepository activations;
  private final LicenseRepository licenses;

  InMemoryUsageRepository(
      InMemoryTransactions transactions,
      InMemoryActivationRepository activations,
      LicenseRepository licenses) {
    this.events = transactions.table("usage_events");
    this.days = transactions.table("usage_daily");
    this.activations = activations;
    this.licenses = licenses;
  }

  @Override
  public boolean insertIfAbsent(UsageEvent event) {
    if (events.containsKey(event.id())
        || findByKey(event.licenseId(), event.idempotencyKey()).isPresent()) {
      return false;
    }
    events.put(event.id(), event);
    return true;
  }

  @Override
  public Optional<UsageEvent> findByKey(UUID licenseId, String idempotencyKey) {
    return events.all().stream()
        .filter(e -> e.licenseId().equals(licenseId) && e.idempotencyKey().equals(idempotencyKey))
        .findFirst();
  }

  @Override
  public void addToDay(
      UUID licenseId, UUID organizationId, String metric, LocalDate day, long quantity) {
    DayKey key = new DayKey(licenseId, metric, day);
    long before = days.get(key).map(DayRow::total).orElse(0L);
    days.put(key, new DayRow(key, organizationId, Math.addExact(before, quantity)));
  }

  @Override
  public long dailyTotalFrom(UUID licenseId, String metric, LocalDate firstDay) {
    return dayRows(
            key ->
                key.licenseId().equals(licenseId)
                    && key.metric().equals(metric)
                    && !key.day().isBefore(firstDay))
        .stream()
        .mapToLong(DayRow::total)
        .sum();
  }

  @Override
  public long eventTotal(UUID licenseId, String metric, Instant from, Instant to) {
    return events.all().stream()
        .filter(e -> e.licenseId().equals(licenseId) && e.metric().equals(metric))
        .filter(e -> !e.recordedAt().isBefore(from) && e.recordedAt().isBefore(to))
        .mapToLong(UsageEvent::quantity)
        .sum();
  }

  @Override
  public List<DailyUsage> licenseDays(UUID licenseId, DayRange range, Optional<String> metric) {
    return dayRows(key -> key.licenseId().equals(licenseId) && within(key, range, metric)).stream()
        .map(row -> new DailyUsage(row.key().day(), row.key().metric(), row.total()))
        .sorted(ORDER)
        .toList();
  }

  @Override
  public List<DailyUsage> organizationDays(
      UUID organizationId, DayRange range, Optional<String> metric) {
    Map<DayKey, Long> sums = new HashMap<>();
    for (DayRow row : dayRows(key -> within(key, range, metric))) {
      if (row.organizationId().equals(organizationId)) {
        sums.merge(new DayKey(null, row.key().metric(), row.key().day()), row.total(), Long::sum);
      }
    }
    return sums.entrySet().stream()
        .map(e -> new DailyUsage(e.getKey().day(), e.getKey().metric(), e.getValue()))
        .sorted(ORDER)
        .toList();
  }

  @Override
  public DeviceChanges deviceChanges(UUID organizationId, DayRange range) {
    long activeAtStart = 0;
    Map<LocalDate, Long> activated = new HashMap<>();
    Map<LocalDate, Long> deactivated = new HashMap<>();
    for (Map.Entry<Activation, Optional<Instant>> entry : activations.history()) {
      Activation activation = entry.getKey();
      boolean ours =
          licenses
              .findById(activation.licenseId())
              .map(License::organizationId)
              .filter(organizationId::equals)
              .isPresent();
      if (!ours) {
        continue;
      }
      Instant created = activation.createdAt();
      Optional<Instant> ended = entry.getValue();
      if (created.isBefore(range.start())
          && ended.map(at -> !at.isBefore(range.start())).orElse(true)) {
        activeAtStart++;
      }
      if (!created.isBefore(range.start()) && created.isBefore(range.end())) {
        activated.merge(day(created), 1L, Long::sum);
      }
      ended
          .filter(at -> !at.isBefore(range.start()) && at.isBefore(range.end()))
          .ifPresent(at -> deactivated.merge(day(at), 1L, Long::sum));
    }
    return new DeviceChanges(activeAtStart, activated, deactivated);
  }

  private static final Comparator<DailyUsage> ORDER =
      Comparator.comparing(DailyUsage::day).thenComparing(DailyUsage::metric);

  private List<DayRow> dayRows(Predicate<DayKey> which) {
    return days.all().stream().filter(row -> which.test(row.key())).toList();
  }

  private static boolean within(DayKey key, DayRange range, Optional<String> metric) {
    return !key.day().isBefore(range.from())
        && !key.day().isAfter(range.to())
        && metric.map(key.metric()::equals).orElse(true);
  }

  private static LocalDate day(Instant at) {
    return LocalDate.ofInstant(at, ZoneOffset.UTC);
  }
}
