package org.openlicensing.server.keys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openlicensing.server.testing.Problems.assertProblem;

import com.fasterxml.jackson.databind.JsonNode;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.jwk.JWKSet;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openlicensing.api.tokens.LicenseTokenVerifier;
import org.openlicensing.server.testing.ApiResponse;
import org.openlicensing.server.testing.Customer;
import org.openlicensing.server.testing.ServerTestBase;
import org.openlicensing.server.testing.SignIn;

/**
 * Key rotation over HTTP: a super admin rotates; new license tokens carry the new {@code kid}; a
 * token issued before still verifies offline against the published keys, which now hold both.
 */
public abstract class KeyRotationHttpContract extends ServerTestBase {

  private String activate(String key, String fingerprint) {
    ApiResponse activation =
        api.post("/v1/activations", Map.of("licenseKey", key, "fingerprint", fingerprint));
    assertThat(activation.status()).as("%s", activation).isEqualTo(201);
    return activation.field("token");
  }

  private LicenseTokenVerifier verifier() throws Exception {
    return LicenseTokenVerifier.builder(
            JWKSet.parse(api.get("/.well-known/jwks.json", null).text()),
            server.server().publicUrl().toString())
        .build();
  }

  private static String kidOf(String token) throws Exception {
    return JWSObject.parse(token).getHeader().getKeyID();
  }

  @Test
  void aRotationSignsNewTokensWithANewKeyAndOldTokensStillVerify() throws Exception {
    Customer customer = newCustomer();
    String key = customer.subscribeAndListLicenses("pro", 1).get(0).get("key").asText();
    String before = activate(key, "device-before");
    String root = SignIn.superAdmin(api).accessToken();

    ApiResponse rotated =
        api.post("/v1/admin/signing-keys/rotations", Map.of("purpose", "LICENSE_TOKENS"), root);
    assertThat(rotated.status()).as("%s", rotated).isEqualTo(200);
    String after = activate(key, "device-after");

    String oldKid = kidOf(before);
    assertThat(kidOf(after)).isNotEqualTo(oldKid);
    LicenseTokenVerifier verifier = verifier();
    assertThat(verifier.verify(before, "device-before").licenseId().toString())
        .isEqualTo(verifier.verify(after, "device-after").licenseId().toString());
    JsonNode keys = api.get("/v1/admin/signing-keys", root).json().get("items");
    assertThat(keys.findValuesAsText("kid")).contains(oldKid, kidOf(after));
    assertThat(keys)
        .filteredOn(k -> k.get("kid").asText().equals(oldKid))
        .singleElement()
        .satisfies(
            k -> {
              assertThat(k.get("signing").asBoolean()).isFalse();
              assertThat(k.get("published").asBoolean()).isTrue();
              assertThat(k.get("retiredAt").isNull()).isFalse();
            });
    assertThat(keys.toString()).doesNotContain("\"d\"");
  }

  @Test
  void rotatingAccessKeysKeepsSessionsSignedIn() {
    Customer customer = newCustomer();
    String root = SignIn.superAdmin(api).accessToken();

    ApiResponse rotated =
        api.post("/v1/admin/signing-keys/rotations", Map.of("purpose", "ACCESS_TOKENS"), root);
    assertThat(rotated.status()).as("%s", rotated).isEqualTo(200);

    assertThat(api.get("/v1/me", customer.accessToken()).status())
        .as("a token signed before the rotation")
        .isEqualTo(200);
    assertThat(api.get("/v1/admin/signing-keys", root).status()).isEqualTo(200);
  }

  @Test
  void onlySuperAdminsRotateAndThePurposeIsChecked() {
    Customer customer = newCustomer();
    String root = SignIn.superAdmin(api).accessToken();

    assertProblem(
        api.post(
            "/v1/admin/signing-keys/rotations",
            Map.of("purpose", "LICENSE_TOKENS"),
            customer.accessToken()),
        403,
        "FORBIDDEN");
    assertProblem(api.get("/v1/admin/signing-keys", customer.accessToken()), 403, "FORBIDDEN");
    assertProblem(
        api.post("/v1/admin/signing-keys/rotations", Map.of("purpose", "EVERYTHING"), root),
        400,
        "VALIDATION_FAILED");
  }
}
