package org.openlicensing.core.catalog;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.openlicensing.api.FieldError;
import org.openlicensing.api.LicensingException;
import org.openlicensing.api.admin.PlanDraft;
import org.openlicensing.api.catalog.Plan;
import org.openlicensing.core.audit.AuditEntry;
import org.openlicensing.core.audit.AuditLog;
import org.openlicensing.core.catalog.CatalogEditor.Origin;
import org.openlicensing.core.catalog.CatalogEditor.Outcome;
import org.openlicensing.core.persistence.Transactions;
import org.openlicensing.core.support.FieldChecks;

/**
 * Applies a catalog file to the catalog: creates the plans it adds and updates the plans it
 * changes, as versions of source FILE. Plans the file leaves out are left as they are; an admin
 * retires them. A file is applied once, and only over an older one: the version applied last is
 * kept in the database and locked while a file is applied, so that servers starting at once with
 * the same file take turns and the first one applies it. The whole file is applied in one
 * transaction, or nothing of it.
 */
public final class CatalogSync {
  private final Transactions transactions;
  private final CatalogFileRepository files;
  private final CatalogEditor editor;
  private final AuditLog audit;
  private final Clock clock;

  public CatalogSync(
      Transactions transactions,
      CatalogFileRepository files,
      CatalogEditor editor,
      AuditLog audit,
      Clock clock) {
    this.transactions = transactions;
    this.files = files;
    this.editor = editor;
    this.audit = audit;
    this.clock = clock;
  }

  /**
   * Applies the file unless its version is applied already; a file at fault changes nothing and is
   * VALIDATION_FAILED, naming each field as {@code plans[2].prices[0].amount}.
   */
  public CatalogSyncReport apply(CatalogFile file) {
    List<Plan> plans = check(file);
    return transactions.inTransaction(
        () -> {
          int applied = files.lockAppliedVersion();
          if (file.version() <= applied) {
            return CatalogSyncReport.skipped(file.version(), applied);
          }
          Origin origin = Origin.file(file.version());
          Map<Outcome, List<String>> outcomes = new HashMap<>();
          for (Outcome outcome : Outcome.values()) {
            outcomes.put(outcome, new ArrayList<>());
          }
          for (Plan plan : plans) {
            outcomes.get(save(plan, origin)).add(plan.code());
          }
          files.saveAppliedVersion(file.version(), clock.instant());
          CatalogSyncReport report =
              new CatalogSyncReport(
                  true,
                  file.version(),
                  applied,
                  outcomes.get(Outcome.CREATED),
                  outcomes.get(Outcome.UPDATED),
                  outcomes.get(Outcome.UNCHANGED));
          audit.record(
              null,
              new AuditEntry("catalog.file_applied", "catalog", null, null, Map.of())
                  .with("version", Integer.toString(file.version()))
                  .with("previousVersion", Integer.toString(applied))
                  .with("created", String.join(",", report.created()))
                  .with("updated", String.join(",", report.updated())),
              null);
          return report;
        });
  }

  /** Updates the plan, or creates it; an admin may create it between the two, then update it. */
  private Outcome save(Plan plan, Origin origin) {
    return editor
        .replace(plan, origin)
        .orElseGet(
            () ->
                editor.create(plan, origin)
                    ? Outcome.CREATED
                    : editor.replace(plan, origin).orElseThrow());
  }

  private static List<Plan> check(CatalogFile file) {
    FieldChecks checks = new FieldChecks();
    if (file.version() < 1) {
      checks.reject("version", "must be a whole number from 1");
    }
    List<Plan> plans = new ArrayList<>();
    Map<String, Integer> firstIndex = new HashMap<>();
    for (int i = 0; i < file.plans().size(); i++) {
      PlanDraft draft = file.plans().get(i);
      try {
        Plan plan = PlanDrafts.check(draft, "plans[" + i + "].");
        Integer first = firstIndex.putIfAbsent(plan.code(), i);
        if (first != null) {
          checks.reject("plans[" + i + "].code", "repeats the code of plans[" + first + "]");
        }
        plans.add(plan);
      } catch (LicensingException e) {
        for (FieldError error : e.fieldErrors()) {
          checks.reject(error.field(), error.message());
        }
      }
    }
    checks.throwIfAny();
    return plans;
  }
}
