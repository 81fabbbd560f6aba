package org.openlicensing.rest.catalog;

import java.util.List;

/** A catalog file: {@code {"version": 3, "plans": [...]}}, each plan as admins write it. */
record CatalogFileJson(Integer version, List<CatalogPlanJson> plans) {}
