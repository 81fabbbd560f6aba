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
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.openlicensing.api.catalog.OverageAllowance;
import org.openlicensing.api.catalog.Plan;
import org.openlicensing.api.catalog.TransferRule;

/**
 * A row of {@code plans} with its prices and entitlements. Read through JPA; written by {@link
 * PlanInsert}, which needs an insert that yields to a plan stored concurrently, and by {@link
 * PlanUpdate}.
 */
@Entity(name = "Plan")
@Table(name = "plans")
public class PlanEntity {
  @Id private String code;

  /** Numbers the plans in the order they were added; the database assigns it. */
  @Column(name = "catalog_order", insertable = false, updatable = false)
  private long catalogOrder;

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

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "plan_prices", joinColumns = @JoinColumn(name = "plan_code"))
  @OrderColumn(name = "list_position")
  private List<PlanPrice> prices = new ArrayList<>();

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "plan_entitlements", joinColumns = @JoinColumn(name = "plan_code"))
  @Column(name = "entitlement", nullable = false)
  private Set<String> entitlements = new HashSet<>();

  protected PlanEntity() {}

  Plan toPlan() {
    return new Plan(
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
  }
}
