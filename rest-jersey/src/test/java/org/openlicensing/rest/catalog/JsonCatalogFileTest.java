package org.openlicensing.rest.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openlicensing.api.admin.PlanDraft;
import org.openlicensing.api.admin.PlanDraft.PolicyDraft;
import org.openlicensing.api.admin.PlanDraft.PriceDraft;
import org.openlicensing.api.catalog.BillingPeriod;
import org.openlicensing.api.catalog.OverageAllowance;
import org.openlicensing.api.catalog.TransferRule;
import org.openlicensing.core.catalog.CatalogFile;
import org.openlicensing.core.catalog.CatalogFileException;

/** A catalog file is read as strictly as a request, and every fault names its JSON path. */
class JsonCatalogFileTest {
  private static final String PRO =
      """
      {"code": "pro", "name": "Pro", "description": "For teams",
       "prices": [{"period": "MONTHLY", "currency": "EUR", "amount": 2900},
                  {"period": "YEARLY", "currency": "EUR", "amount": 29000}],
       "minSeats": 1, "maxSeats": 50, "trialDays": 14, "entitlements": ["core", "exports"],
       "policy": {"deviceLimit": 3, "floating": true, "offlineAllowed": false, "graceDays": 7,
                  "tokenLifetimeDays": 14},
       "kycRequired": true, "active": false}
      """;

  private static CatalogFile parse(String json) {
    return JsonCatalogFile.parse(json.getBytes(StandardCharsets.UTF_8), "test.json");
  }

  private static String faultOf(String json) {
    CatalogFileException e = catchThrowableOfType(CatalogFileException.class, () -> parse(json));
    assertThat(e.getMessage()).startsWith("catalog file test.json: ").doesNotContain("\n");
    return e.getMessage().substring("catalog file test.json: ".length());
  }

  @Test
  void everyFieldOfAPlanIsRead() {
    CatalogFile file = parse("{\"version\": 3, \"plans\": [" + PRO + "]}");

    assertThat(file.version()).isEqualTo(3);
    assertThat(file.plans())
        .containsExactly(
            new PlanDraft(
                "pro",
                "Pro",
                "For teams",
                java.util.List.of(
                    new PriceDraft(BillingPeriod.MONTHLY, "EUR", 2_900L),
                    new PriceDraft(BillingPeriod.YEARLY, "EUR", 29_000L)),
                1,
                50,
                14,
                java.util.List.of("core", "exports"),
                new PolicyDraft(3, true, false, 7, 14),
                true,
                false));
  }

  @Test
  void thePolicyFieldsOfFloatingLicensesOverageAndTransfersAreRead() {
    String floating =
        PRO.replace(
            "\"tokenLifetimeDays\": 14}",
            "\"tokenLifetimeDays\": 14, \"concurrencyLimit\": 2, \"heartbeatWindowSeconds\": 120,"
                + " \"userBound\": true, \"overage\": \"ALLOW_1_25X\", \"transferRule\": \"KEEP\"}");

    CatalogFile file = parse("{\"version\": 4, \"plans\": [" + floating + "]}");

    assertThat(file.plans().get(0).policy())
        .isEqualTo(
            new PolicyDraft(
                3,
                true,
                false,
                7,
                14,
                2,
                120,
                true,
                OverageAllowance.ALLOW_1_25X,
                TransferRule.KEEP));
  }

  @Test
  void absentOptionalFieldsAreLeftForTheChecksThatFollow() {
    CatalogFile file = parse("{\"version\": 1, \"plans\": [{\"code\": \"basic\"}, null]}");

    assertThat(file.plans().get(0).active()).isNull();
    assertThat(file.plans().get(0).prices()).isNull();
    assertThat(file.plans().get(1)).isNull();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "'\"amount\": 2900' | '\"amount\": \"2900\"' | plans[0].prices[0].amount must be a whole number",
        "'\"amount\": 2900' | '\"amount\": 29.5' | plans[0].prices[0].amount has an invalid value",
        "'\"amount\": 2900' | '\"amount\": 99999999999999999999' | plans[0].prices[0].amount is not valid",
        "'\"amount\": 2900' | '\"amount\": 2900, \"tax\": 1' | plans[0].prices[0].tax is not a field",
        "'\"MONTHLY\"' | '\"WEEKLY\"' | plans[0].prices[0].period has an invalid value: one of MONTHLY, YEARLY",
        "'\"floating\": true' | '\"floating\": \"yes\"' | plans[0].policy.floating must be true or false",
        "'\"graceDays\": 7' | '\"graceDays\": 7, \"overage\": \"1.5x\"' | plans[0].policy.overage has an invalid value",
        "'\"graceDays\": 7' | '\"graceDays\": 7, \"transferRule\": 0' | plans[0].policy.transferRule",
        "'\"graceDays\": 7' | '\"graceDays\": 7, \"heartbeatWindowSeconds\": \"60\"' | plans[0].policy.heartbeatWindowSeconds must be a whole number",
        "'\"maxSeats\": 50' | '\"maxSeats\": 99999999999' | plans[0].maxSeats is not valid",
        "'\"entitlements\": [\"core\", \"exports\"]' | '\"entitlements\": \"core\"' | plans[0].entitlements must be an array",
        "'\"name\": \"Pro\"' | '\"name\": \"Pro\", \"name\": \"Again\"' | plans[0]",
      })
  void aValueOfTheWrongShapeIsNamedByItsPath(String from, String to, String fault) {
    String plan = PRO.replace(from, to);

    assertThat(faultOf("{\"version\": 1, \"plans\": [" + PRO + ", " + plan + "]}"))
        .startsWith(fault.replace("plans[0]", "plans[1]"));
  }

  @Test
  void theFileMustSayItsVersionAndPlans() {
    assertThat(faultOf("{}")).isEqualTo("version is required; plans is required");
    assertThat(faultOf("{\"version\": \"3\", \"plans\": []}")).startsWith("version must be");
    assertThat(faultOf("{\"version\": 1, \"plans\": [], \"extra\": true}"))
        .startsWith("extra is not a field");
  }

  @Test
  void textThatIsNoJsonObjectIsRefused() {
    assertThat(faultOf("{\"version\": 1,")).startsWith("is not valid JSON");
    assertThat(faultOf("[1, 2]")).isEqualTo("must be a JSON object");
    assertThat(faultOf("{\"version\": 1, \"plans\": []} trailing")).isNotBlank();
    assertThat(faultOf("null")).isNotBlank();
  }

  @Test
  void aMissingFileIsNamed(@TempDir Path dir) {
    Path missing = dir.resolve("absent.json");

    CatalogFileException e =
        catchThrowableOfType(CatalogFileException.class, () -> JsonCatalogFile.read(missing));

    assertThat(e.getMessage()).startsWith("catalog file " + missing + ": cannot be read");
  }

  @Test
  void aFileOnDiskIsRead(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("catalog.json");
    Files.writeString(file, "{\"version\": 7, \"plans\": [" + PRO + "]}");

    assertThat(JsonCatalogFile.read(file).version()).isEqualTo(7);
  }
}
