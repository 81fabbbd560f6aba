package org.openlicensing.server.catalog;

import java.nio.charset.StandardCharsets;
import org.openlicensing.server.testing.ApiClient;

/** A body as the test client would send it, as text to edit by hand. */
final class ApiClientJson {
  private ApiClientJson() {}

  static String of(Object body) {
    return new String(ApiClient.json(body), StandardCharsets.UTF_8);
  }
}
