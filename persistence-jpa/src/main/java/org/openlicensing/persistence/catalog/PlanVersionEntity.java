package org.openlicensing.persistence.catalog;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.openlicensing.api.admin.PlanVersion;
import org.openlicensing.api.admin.PlanVersionSource;
import org.openlicensing.api.catalog.OverageAllowance;
import org.openlicensing.api.catalog.Plan;
import org.openlicensing.api.catalog.TransferRule;

/**
 * A row of {@code plan_versions}: the whole plan as one version saved it, in the columns of {@code
 * plans}, so that the history can be queried like the catalog. The id only joins the version's
 * prices and entitlements; a version is known by its plan and number.
 */
@Entity(name = "PlanVersion")
@Table(name = "plan_versions")
public class PlanVersionEntity {
  @Id private UUID id;

  @Column(name = "plan_code", nullable = false)
  private String code;

  @Column(nullable = false)
  private int version;

  @Column(nullable = false)
  private String name;

  @Column(nullable = false)
  private String description;

  @Column(name = "min_seats", nullable = false)
  private int minSeats;

  @Column(name = "max_seats", nullable = false)
  private int maxSeats;

  @Column(name = "trial_days", nullable = false)
  private int trialDays;

  @Column(name = "device_limit", nullable = false)
  private int deviceLimit;

  @Column(nullable = false)
  private boolean floating;

  @Column(name = "offline_allowed", nullable = false)
  private boolean offlineAllowed;

  @Column(name = "grace_days", nullable = false)
  private int graceDays;

  @Column(name = "token_lifetime_seconds", nullable = false)
  private long tokenLifetimeSeconds;

  /** NULL in rows from before floating leases: the device limit. */
  @Column(name = "concurrency_limit")
  private Integer concurrencyLimit;

  @Column(name = "heartbeat_window_seconds", nullable = false)
  private long heartbeatWindowSeconds;

  @Column(name = "user_bound", nullable = false)
  private boolean userBound;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private OverageAllowance overage;

  @Enumerated(EnumType.STRING)
  @Column(name = "transfer_rule", nullable = false)
  private TransferRule transferRule;

  @Column(name = "kyc_required", nullable = false)
  private boolean kycRequired;

  @Column(name = "price_version", nullable = false)
  private int priceVersion;

  @Column(nullable = false)
  private boolean active;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private PlanVersionSource source;

  @Column(name = "catalog_version")
  private Integer catalogVersion;

  @Column(name = "saved_at", nullable = false)
  private Instant savedAt;

  @Column(name = "saved_by")
  private UUID savedBy;

  /** The changed fields' names, comma-separated: names of our own, which hold no comma. */
  @Column(nullable = false)
  private String changes;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(
      name = "plan_version_prices",
      joinColumns = @JoinColumn(name = "plan_version_id"))
  @OrderColumn(name = "list_position")
  private List<PlanPrice> prices = new ArrayList<>();

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(
      name = "plan_version_entitlements",
      joinColumns = @JoinColumn(name = "plan_version_id"))
  @Column(name = "entitlement", nullable = false)
  private Set<String> entitlements = new HashSet<>();

  protected PlanVersionEntity() {}

  static PlanVersionEntity of(PlanVersion saved) {
    Plan plan = saved.plan();
    PlanVersionEntity e = new PlanVersionEntity();
    e.id = UUID.randomUUID();
    e.code = plan.code();
    e.version = saved.version();
    e.name = plan.name();
    e.description = plan.description();
    e.minSeats = plan.minSeats();
    e.maxSeats = plan.maxSeats();
    e.trialDays = plan.trialDays();
    e.deviceLimit = plan.policy().deviceLimit();
    e.floating = plan.policy().floating();
    e.offlineAllowed = plan.policy().offlineAllowed();
    e.graceDays = plan.policy().graceDays();
    e.tokenLifetimeSeconds = plan.policy().tokenLifetime().toSeconds();
    e.concurrencyLimit = plan.policy().concurrencyLimit();
    e.heartbeatWindowSeconds = plan.policy().heartbeatWindow().toSeconds();
    e.userBound = plan.policy().userBound();
    e.overage = plan.policy().overage();
    e.transferRule = plan.policy().transferRule();
    e.kycRequired = plan.kycRequired();
    e.priceVersion = plan.priceVersion();
    e.active = plan.active();
    e.source = saved.source();
    e.catalogVersion = saved.catalogVersion().orElse(null);
    e.savedAt = saved.savedAt();
    e.savedBy = saved.savedBy().orElse(null);
    e.changes = String.join(",", saved.changes());
    e.prices = new ArrayList<>(plan.prices().stream().map(PlanPrice::of).toList());
    e.entitlements = new HashSet<>(plan.entitlements());
    return e;
  }

  PlanVersion toVersion() {
    Plan plan =
        new Plan(
            code,
            name,
            description,
            prices.stream().map(PlanPrice::toPrice).toList(),
            minSeats,
            maxSeats,
            trialDays,
            entitlements,
            PolicyColumns.policy(
                deviceLimit,
                floating,
                offlineAllowed,
                graceDays,
                tokenLifetimeSeconds,
                concurrencyLimit,
                heartbeatWindowSeconds,
                userBound,
                overage,
                transferRule),
            kycRequired,
            priceVersion,
            active);
    return new PlanVersion(
        version,
        plan,
        source,
        Optional.ofNullable(catalogVersion),
        savedAt,
        Optional.ofNullable(savedBy),
        changes.isEmpty() ? List.of() : Arrays.asList(changes.split(",")));
  }
}
