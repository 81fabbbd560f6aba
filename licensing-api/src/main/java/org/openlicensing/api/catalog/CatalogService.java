package org.openlicensing.api.catalog;

import java.util.List;
import java.util.Optional;

/** The plans on offer. */
public interface CatalogService {
  /** The plans on sale, in catalog order; retired plans are left out. */
  List<Plan> plans();

  /** A plan by its code, retired or not: its subscribers still look it up. */
  Optional<Plan> plan(String code);
}
