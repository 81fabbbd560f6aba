package org.openlicensing.core.catalog;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import org.openlicensing.api.admin.PlanDraft;

/**
 * What a catalog file says, whatever its format: its version and its plans. The plans are drafts,
 * checked when the file is applied by {@link CatalogSync}, which names each field at fault as
 * {@code plans[2].prices[0].amount}; a plan may therefore be null here.
 *
 * @param version raised by whoever edits the file; a file is applied once, and only over an older
 *     one
 */
public record CatalogFile(int version, List<PlanDraft> plans) {
  public CatalogFile {
    Objects.requireNonNull(plans, "plans");
    plans = Collections.unmodifiableList(new ArrayList<>(plans));
  }
}
