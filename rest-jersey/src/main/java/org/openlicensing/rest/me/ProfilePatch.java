package org.openlicensing.rest.me;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Set;
import org.openlicensing.api.LicensingException;
import org.openlicensing.api.accounts.AddressInput;
import org.openlicensing.api.accounts.Change;
import org.openlicensing.api.accounts.ProfileUpdate;
import org.openlicensing.core.support.FieldChecks;

/**
 * {@code PATCH /v1/me/profile} as a JSON merge patch: {@code {"name", "companyName", "vatId",
 * "address": {"line1", "line2", "postalCode", "city", "region"}, "country", "phone", "locale",
 * "timeZone", "marketingEmails"}}. The address is set whole or cleared with null.
 */
final class ProfilePatch {
  private static final Set<String> FIELDS =
      Set.of(
          "name",
          "companyName",
          "vatId",
          "address",
          "country",
          "phone",
          "locale",
          "timeZone",
          "marketingEmails");
  private static final Set<String> ADDRESS_FIELDS =
      Set.of("line1", "line2", "postalCode", "city", "region");

  private ProfilePatch() {}

  static ProfileUpdate read(JsonNode body) {
    if (body == null || body.isNull()) {
      throw LicensingException.invalid("body", "is required: send a JSON object");
    }
    if (!body.isObject()) {
      throw LicensingException.invalid("body", "must be a JSON object");
    }
    FieldChecks checks = new FieldChecks();
    MergePatch patch = new MergePatch((ObjectNode) body, "", checks);
    patch.allowOnly(FIELDS);
    ProfileUpdate update =
        new ProfileUpdate(
            patch.text("name"),
            patch.text("companyName"),
            patch.text("vatId"),
            address(patch, checks),
            patch.text("country"),
            patch.text("phone"),
            patch.text("locale"),
            patch.text("timeZone"),
            patch.bool("marketingEmails"));
    checks.throwIfAny();
    return update;
  }

  private static Change<AddressInput> address(MergePatch patch, FieldChecks checks) {
    if (!patch.has("address")) {
      return null;
    }
    if (patch.isNull("address")) {
      return Change.cleared();
    }
    MergePatch address = patch.object("address");
    if (address == null) {
      return null;
    }
    address.allowOnly(ADDRESS_FIELDS);
    return Change.to(
        new AddressInput(
            address.textValue("line1"),
            address.textValue("line2"),
            address.textValue("postalCode"),
            address.textValue("city"),
            address.textValue("region")));
  }
}
