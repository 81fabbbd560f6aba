package org.openlicensing.api.catalog;

import java.util.List;
import java.util.Optional;

/** The plans on offer. */
public interface CatalogService {
  List<Plan> plans();

  Optional<Plan> plan(String code);
}
