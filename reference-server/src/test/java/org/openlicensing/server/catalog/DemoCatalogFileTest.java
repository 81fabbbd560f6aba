package org.openlicensing.server.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openlicensing.api.catalog.Plan;
import org.openlicensing.core.catalog.CatalogFile;
import org.openlicensing.core.catalog.DemoCatalog;
import org.openlicensing.core.catalog.PlanDrafts;
import org.openlicensing.rest.catalog.JsonCatalogFile;

/** The catalog file the server ships is the demo catalog the library seeds, plan for plan. */
class DemoCatalogFileTest {

  @Test
  void theBundledFileHoldsTheDemoCatalog() {
    CatalogFile file = JsonCatalogFile.read(getClass().getResource("/catalog/demo-catalog.json"));

    List<Plan> plans = new ArrayList<>();
    for (int i = 0; i < file.plans().size(); i++) {
      plans.add(PlanDrafts.check(file.plans().get(i), "plans[" + i + "]."));
    }

    assertThat(file.version()).isEqualTo(1);
    assertThat(plans).containsExactlyElementsOf(DemoCatalog.plans());
  }
}
