package org.openlicensing.server.organizations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.openlicensing.server.testing.Problems.assertProblem;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openlicensing.server.testing.ApiClient.Download;
import org.openlicensing.server.testing.ApiResponse;
import org.openlicensing.server.testing.Customer;
import org.openlicensing.server.testing.ServerDatabase;
import org.openlicensing.server.testing.ServerTestBase;
import org.openlicensing.server.testing.SignIn;

/**
 * An organization's licenses in bulk over HTTP: the CSV exports of licenses and devices (headers,
 * columns as the JSON API shows them, formula escaping, who may read them), assignment files
 * applied all or nothing (the database untouched when a line is wrong), the limits, staff
 * revocations with a report per id, and 10,000 licenses exported, assigned and revoked, timed.
 */
public abstract class BulkLicensesHttpContract extends ServerTestBase {
  private static final String CSV = "text/csv";
  private static final String FILENAME_DATE = "\\d{4}-\\d{2}-\\d{2}";
  private static final List<String> LICENSE_COLUMNS =
      List.of(
          "id",
          "key",
          "status",
          "plan",
          "expiresAt",
          "maxActivations",
          "activations",
          "assigneeId",
          "assigneeEmail",
          "entitlements",
          "organizationId",
          "subscriptionId",
          "createdAt");
  private static final List<String> ACTIVATION_COLUMNS =
      List.of(
          "id",
          "licenseId",
          "fingerprint",
          "name",
          "platform",
          "createdAt",
          "lastSeenAt",
          "leaseExpiresAt");

  private Team team;
  private Customer bea;
  private Customer cyd;

  @BeforeEach
  void team() {
    team = Team.create(api, mailbox, newCustomer(), "Bulk Licenses");
    bea = newCustomer();
    cyd = newCustomer();
    team.join(bea, "MEMBER");
    team.join(cyd, "MEMBER");
  }

  private String owner() {
    return team.founder().accessToken();
  }

  /** The team's licenses of a new Pro subscription, as the JSON API shows them, by id. */
  private List<JsonNode> bought(int seats) {
    String subscription = team.bought(seats).get("id").asText();
    List<JsonNode> licenses = new ArrayList<>();
    for (JsonNode license : team.licensesSeenBy(owner())) {
      if (license.get("subscriptionId").asText().equals(subscription)) {
        licenses.add(license);
      }
    }
    assertThat(licenses).hasSize(seats);
    return licenses;
  }

  private static String id(JsonNode license) {
    return license.get("id").asText();
  }

  private Download exportLicenses(String bearer) {
    return api.download(team.path("/licenses/export"), bearer);
  }

  private Download exportActivations(String bearer) {
    return api.download(team.path("/activations/export"), bearer);
  }

  private ApiResponse importCsv(String csv, String bearer) {
    return api.send(
        "POST",
        team.path("/licenses/assignments"),
        csv.getBytes(StandardCharsets.UTF_8),
        Map.of("Content-Type", CSV, "Authorization", "Bearer " + bearer));
  }

  private String apiKey(String scope) {
    ApiResponse created =
        api.post(
            team.path("/api-keys"),
            Map.of("name", "bulk " + UUID.randomUUID(), "scopes", List.of(scope)),
            owner());
    assertThat(created.status()).as("%s", created).isEqualTo(201);
    return created.field("secret");
  }

  private ApiResponse activate(JsonNode license, String fingerprint, String name, String platform) {
    Map<String, Object> body = new HashMap<>();
    body.put("licenseKey", license.get("key").asText());
    body.put("fingerprint", fingerprint);
    body.put("name", name);
    body.put("platform", platform);
    ApiResponse activation = api.post("/v1/activations", body);
    assertThat(activation.status()).as("%s", activation).isEqualTo(201);
    return activation;
  }

  private String validationCode(JsonNode license, String fingerprint) {
    return api.post(
            "/v1/validations",
            Map.of("licenseKey", license.get("key").asText(), "fingerprint", fingerprint))
        .field("code");
  }

  /** The holder's account id of each of the team's licenses, null for none. */
  private Map<String, String> holders() {
    Map<String, String> holders = new HashMap<>();
    for (JsonNode license : team.licensesSeenBy(owner())) {
      JsonNode assignee = license.get("assignee");
      holders.put(id(license), assignee.isNull() ? null : assignee.get("id").asText());
    }
    return holders;
  }

  private List<JsonNode> audited(String action) {
    List<JsonNode> events = new ArrayList<>();
    api.get(team.path("/audit-events?limit=500&action=" + action), owner())
        .json()
        .get("items")
        .forEach(events::add);
    return events;
  }

  @Test
  void theLicenseExportIsACsvAttachmentWithTheColumnsOfTheJsonApi() {
    List<JsonNode> licenses = bought(3);
    team.assigned(id(licenses.get(1)), bea.id());
    activate(licenses.get(1), "laptop-1", "Laptop", "linux");

    Download download = exportLicenses(owner());
    CsvFile file = CsvFile.of(download);

    assertThat(download.contentType().replace(" ", ""))
        .isEqualToIgnoringCase("text/csv;charset=utf-8");
    assertThat(download.disposition())
        .matches("attachment; filename=\"licenses-" + team.id() + "-" + FILENAME_DATE + "\\.csv\"");
    assertThat(file.text()).startsWith(String.join(",", LICENSE_COLUMNS) + "\r\n");
    assertThat(file.header()).isEqualTo(LICENSE_COLUMNS);
    assertThat(file.rows()).extracting(r -> r.get("id")).hasSize(3);
    for (JsonNode license :
        team.licensesSeenBy(owner()).stream()
            .filter(l -> l.get("subscriptionId").equals(licenses.get(0).get("subscriptionId")))
            .toList()) {
      Map<String, String> row = file.row(id(license));
      JsonNode assignee = license.get("assignee");
      List<String> entitlements = new ArrayList<>();
      license.get("entitlements").forEach(e -> entitlements.add(e.asText()));
      assertThat(row)
          .containsEntry("key", license.get("key").asText())
          .containsEntry("status", "ACTIVE")
          .containsEntry("plan", "pro")
          .containsEntry("expiresAt", license.get("expiresAt").asText())
          .containsEntry("maxActivations", license.get("maxActivations").asText())
          .containsEntry("activations", license.get("activations").asText())
          .containsEntry("assigneeId", assignee.isNull() ? "" : assignee.get("id").asText())
          .containsEntry("assigneeEmail", assignee.isNull() ? "" : assignee.get("email").asText())
          .containsEntry("entitlements", String.join(" ", entitlements))
          .containsEntry("organizationId", team.id())
          .containsEntry("subscriptionId", license.get("subscriptionId").asText())
          .containsEntry("createdAt", license.get("createdAt").asText());
      assertThat(row.get("expiresAt")).matches("\\d{4}-\\d{2}-\\d{2}T[\\d:.]+Z");
    }
    assertThat(file.row(id(licenses.get(1))))
        .containsEntry("assigneeEmail", bea.email())
        .containsEntry("activations", "1");
  }

  @Test
  void theDeviceExportEscapesFormulasAndQuotesWhatNeedsIt() {
    List<JsonNode> licenses = bought(2);
    String evil =
        activate(licenses.get(0), "@fp-1", "=HYPERLINK(\"http://x\")", "+cmd").field("id");
    String quoted =
        activate(licenses.get(0), "-fp-2", "Ada's \"big\", laptop", "@home").field("id");
    String plain = activate(licenses.get(1), "fp-3", null, null).field("id");
    String gone = activate(licenses.get(1), "fp-4", "old", "linux").field("id");
    assertThat(api.delete("/v1/activations/" + gone, owner()).status()).isEqualTo(204);

    Download download = exportActivations(owner());
    CsvFile file = CsvFile.of(download);

    assertThat(download.contentType().replace(" ", ""))
        .isEqualToIgnoringCase("text/csv;charset=utf-8");
    assertThat(download.disposition())
        .matches(
            "attachment; filename=\"activations-" + team.id() + "-" + FILENAME_DATE + "\\.csv\"");
    assertThat(file.header()).isEqualTo(ACTIVATION_COLUMNS);
    assertThat(file.rows())
        .extracting(r -> r.get("id"))
        .containsExactlyInAnyOrder(evil, quoted, plain);
    assertThat(file.row(evil))
        .containsEntry("licenseId", id(licenses.get(0)))
        .containsEntry("fingerprint", "'@fp-1")
        .containsEntry("name", "'=HYPERLINK(\"http://x\")")
        .containsEntry("platform", "'+cmd")
        .containsEntry("leaseExpiresAt", "");
    assertThat(file.row(quoted))
        .containsEntry("fingerprint", "'-fp-2")
        .containsEntry("name", "Ada's \"big\", laptop")
        .containsEntry("platform", "'@home");
    assertThat(file.row(plain)).containsEntry("name", "").containsEntry("platform", "");
    assertThat(file.row(plain).get("createdAt")).matches("\\d{4}-\\d{2}-\\d{2}T[\\d:.]+Z");
    assertThat(file.text()).contains("\"Ada's \"\"big\"\", laptop\"").doesNotContain("token");
  }

  @Test
  void exportsAreForThoseWhoReadEveryLicenseAndOtherTenantsFindNothing() {
    bought(1);
    Customer billing = newCustomer();
    team.join(billing, "BILLING");
    Team other = Team.create(api, mailbox, newCustomer(), "Other Tenant");

    assertThat(CsvFile.of(exportLicenses(billing.accessToken())).rows()).hasSize(1);
    assertThat(CsvFile.of(exportLicenses(apiKey("READ"))).rows()).hasSize(1);
    assertThat(CsvFile.of(exportActivations(apiKey("READ"))).rows()).isEmpty();
    assertThat(CsvFile.of(exportLicenses(SignIn.superAdmin(api).accessToken())).rows()).hasSize(1);
    assertProblem(api.get(team.path("/licenses/export"), bea.accessToken()), 403, "FORBIDDEN");
    assertProblem(api.get(team.path("/activations/export"), bea.accessToken()), 403, "FORBIDDEN");
    assertProblem(
        api.get(team.path("/licenses/export"), other.founder().accessToken()), 404, "NOT_FOUND");
    assertProblem(
        api.get(team.path("/activations/export"), other.founder().accessToken()), 404, "NOT_FOUND");
    assertProblem(
        api.get("/v1/organizations/" + UUID.randomUUID() + "/licenses/export", owner()),
        404,
        "NOT_FOUND");
    assertProblem(api.get(team.path("/licenses/export"), null), 401, "UNAUTHENTICATED");
  }

  @Test
  void aGoodFileAssignsEveryLineAndEachAssignmentIsAudited() {
    List<JsonNode> licenses = bought(3);
    team.assigned(id(licenses.get(2)), cyd.id());
    String csv =
        "\uFEFFEmail,LicenseId\r\n"
            + bea.email()
            + ","
            + id(licenses.get(0))
            + "\r\n"
            + "\r\n"
            + "\""
            + bea.email().toUpperCase()
            + "\", "
            + id(licenses.get(1))
            + " ,a note\r\n"
            + cyd.email()
            + ","
            + id(licenses.get(2))
            + "\r\n";

    BulkAnswer report = BulkAnswer.of(importCsv(csv, owner()));

    assertThat(report.linesWithoutDetail())
        .containsExactly(
            BulkAnswer.line(2, id(licenses.get(0)), "ASSIGNED"),
            BulkAnswer.line(4, id(licenses.get(1)), "ASSIGNED"),
            BulkAnswer.line(5, id(licenses.get(2)), "UNCHANGED"));
    assertThat(report.applied()).isEqualTo(3);
    assertThat(report.counts()).isEqualTo(Map.of("ASSIGNED", 2, "UNCHANGED", 1));
    Map<String, String> holders = holders();
    assertThat(holders.get(id(licenses.get(0)))).isEqualTo(bea.id());
    assertThat(holders.get(id(licenses.get(1)))).isEqualTo(bea.id());
    assertThat(holders.get(id(licenses.get(2)))).isEqualTo(cyd.id());
    List<JsonNode> events = audited("license.assigned");
    assertThat(events)
        .filteredOn(e -> e.get("details").get("assignee").asText().equals(bea.id()))
        .extracting(e -> e.get("targetId").asText())
        .containsExactlyInAnyOrder(id(licenses.get(0)), id(licenses.get(1)));
    assertThat(BulkAnswer.of(importCsv(csv, owner())).counts()).isEqualTo(Map.of("UNCHANGED", 3));
  }

  @Test
  void theSameAssignmentsInJsonAndByAWriteKey() {
    List<JsonNode> licenses = bought(2);
    List<Object> lines = new ArrayList<>();
    lines.add(Map.of("email", bea.email(), "licenseId", id(licenses.get(0))));
    lines.add(Map.of("email", cyd.email(), "licenseId", id(licenses.get(1))));

    ApiResponse answer =
        api.post(team.path("/licenses/assignments"), Map.of("assignments", lines), apiKey("WRITE"));

    assertThat(BulkAnswer.of(answer).counts()).isEqualTo(Map.of("ASSIGNED", 2));
    assertThat(holders().get(id(licenses.get(1)))).isEqualTo(cyd.id());
    assertProblem(
        api.post(team.path("/licenses/assignments"), Map.of("assignments", lines), apiKey("READ")),
        403,
        "FORBIDDEN");
  }

  @Test
  void oneBadLineAppliesNothingAndTheProblemReportsEveryLine() {
    List<JsonNode> licenses = bought(3);
    team.assigned(id(licenses.get(2)), cyd.id());
    Map<String, String> before = holders();
    String csv =
        "email,licenseId\n"
            + bea.email()
            + ","
            + id(licenses.get(0))
            + "\n"
            + "stranger@example.test,"
            + id(licenses.get(1))
            + "\n";

    ApiResponse answer = importCsv(csv, owner());

    assertProblem(answer, 422, "BULK_FILE_INVALID", "email");
    JsonNode problem = answer.json();
    assertThat(problem.get("applied").asInt()).isZero();
    assertThat(problem.get("total").asInt()).isEqualTo(2);
    assertThat(problem.get("lines"))
        .extracting(
            l -> l.get("line").asInt(),
            l -> l.get("outcome").asText(),
            l -> l.path("field").asText(null))
        .containsExactly(tuple(2, "ASSIGNED", null), tuple(3, "NOT_A_MEMBER", "email"));
    assertThat(holders()).isEqualTo(before);
    assertThat(audited("license.assigned")).hasSize(1);
  }

  @Test
  void duplicateLinesAndAnotherTenantsLicenseAreRefusedAlikeForUnknownIds() {
    List<JsonNode> licenses = bought(2);
    Team other = Team.create(api, mailbox, newCustomer(), "Other Tenant");
    other.bought(1);
    String foreign = id(other.licensesSeenBy(other.founder().accessToken()).get(0));
    String unknown = UUID.randomUUID().toString();
    String csv =
        String.join(
            "\n",
            bea.email() + "," + id(licenses.get(0)),
            cyd.email() + "," + id(licenses.get(0)),
            bea.email() + "," + foreign,
            bea.email() + "," + unknown,
            bea.email() + ",not-an-id",
            "not an address," + id(licenses.get(1)),
            "");

    ApiResponse answer = importCsv(csv, owner());

    assertProblem(answer, 422, "BULK_FILE_INVALID", "licenseId");
    List<JsonNode> lines = new ArrayList<>();
    answer.json().get("lines").forEach(lines::add);
    assertThat(lines)
        .extracting(
            l -> l.get("line").asInt(),
            l -> l.get("outcome").asText(),
            l -> l.path("field").asText(null))
        .containsExactly(
            tuple(1, "ASSIGNED", null),
            tuple(2, "DUPLICATE_LINE", "licenseId"),
            tuple(3, "NOT_FOUND", "licenseId"),
            tuple(4, "NOT_FOUND", "licenseId"),
            tuple(5, "INVALID_LICENSE_ID", "licenseId"),
            tuple(6, "INVALID_ADDRESS", "email"));
    assertThat(lines.get(2).get("detail")).isEqualTo(lines.get(3).get("detail"));
    assertThat(holders().values()).containsOnlyNulls();
    JsonNode foreignLicense =
        other.licensesSeenBy(other.founder().accessToken()).get(0).get("assignee");
    assertThat(foreignLicense.isNull()).isTrue();
  }

  @Test
  void onlyLicenseManagersSendFilesAndStrangersFindNothing() {
    List<JsonNode> licenses = bought(1);
    String csv = bea.email() + "," + id(licenses.get(0)) + "\n";
    Team other = Team.create(api, mailbox, newCustomer(), "Other Tenant");

    assertProblem(importCsv(csv, bea.accessToken()), 403, "FORBIDDEN");
    assertProblem(importCsv(csv, other.founder().accessToken()), 404, "NOT_FOUND");
    assertThat(holders().get(id(licenses.get(0)))).isNull();
  }

  @Test
  void filesTooLargeTooLongEmptyOrNotCsvAreRefusedWhole() {
    List<JsonNode> licenses = bought(1);
    String line = bea.email() + "," + id(licenses.get(0)) + "\n";
    char[] filler = new char[1024 * 1024];
    Arrays.fill(filler, 'x');
    StringBuilder tooLong = new StringBuilder("email,licenseId\n");
    for (int i = 0; i <= 10_000; i++) {
      tooLong.append("p").append(i).append("@example.test,").append(UUID.randomUUID()).append('\n');
    }

    assertProblem(
        importCsv(line + "x,y,\"" + new String(filler) + "\"\n", owner()),
        413,
        "PAYLOAD_TOO_LARGE");
    assertProblem(importCsv(tooLong.toString(), owner()), 400, "VALIDATION_FAILED", "assignments");
    assertProblem(
        importCsv("email,licenseId\n\n", owner()), 400, "VALIDATION_FAILED", "assignments");
    assertProblem(importCsv("\"" + line, owner()), 400, "VALIDATION_FAILED", "body");
    assertProblem(
        api.post(team.path("/licenses/assignments"), Map.of("assignments", "nope"), owner()),
        400,
        "VALIDATION_FAILED",
        "assignments");
    assertProblem(
        api.send(
            "POST",
            team.path("/licenses/assignments"),
            line.getBytes(StandardCharsets.UTF_8),
            Map.of("Content-Type", "text/plain", "Authorization", "Bearer " + owner())),
        415,
        "UNSUPPORTED_MEDIA_TYPE");
    assertThat(holders().get(id(licenses.get(0)))).isNull();
  }

  @Test
  void staffRevokeLicensesWithAReportTheirDevicesStopAndEachIsAudited() {
    List<JsonNode> licenses = bought(3);
    team.assigned(id(licenses.get(0)), bea.id());
    activate(licenses.get(0), "d1", null, null);
    activate(licenses.get(0), "d2", null, null);
    activate(licenses.get(2), "kept", null, null);
    String root = SignIn.superAdmin(api).accessToken();
    String unknown = UUID.randomUUID().toString();
    Map<String, Object> body =
        Map.of(
            "licenseIds",
            List.of(id(licenses.get(0)), id(licenses.get(1)), unknown, id(licenses.get(0))),
            "reason",
            "chargeback 2026-11");

    BulkAnswer report = BulkAnswer.of(api.post("/v1/admin/licenses/revocations", body, root));

    assertThat(report.linesWithoutDetail())
        .containsExactly(
            BulkAnswer.line(1, id(licenses.get(0)), "REVOKED"),
            BulkAnswer.line(2, id(licenses.get(1)), "REVOKED"),
            BulkAnswer.line(3, unknown, "NOT_FOUND"),
            BulkAnswer.line(4, id(licenses.get(0)), "DUPLICATE_LINE"));
    assertThat(validationCode(licenses.get(0), "d1")).isEqualTo("REVOKED");
    assertThat(validationCode(licenses.get(2), "kept")).isEqualTo("VALID");
    JsonNode revoked = api.get("/v1/licenses/" + id(licenses.get(0)), owner()).json();
    assertThat(revoked.get("status").asText()).isEqualTo("REVOKED");
    assertThat(revoked.get("activations").asInt()).isZero();
    assertProblem(
        api.post(
            "/v1/activations",
            Map.of("licenseKey", licenses.get(0).get("key").asText(), "fingerprint", "d3")),
        403,
        "LICENSE_REVOKED");
    List<JsonNode> events = audited("license.revoked");
    assertThat(events)
        .extracting(e -> e.get("targetId").asText())
        .containsExactlyInAnyOrder(id(licenses.get(0)), id(licenses.get(1)));
    assertThat(events)
        .allSatisfy(
            e ->
                assertThat(e.get("details").get("reason").asText())
                    .isEqualTo("chargeback 2026-11"));
    assertThat(events)
        .filteredOn(e -> e.get("targetId").asText().equals(id(licenses.get(0))))
        .extracting(e -> e.get("details").get("devicesDeactivated").asText())
        .containsExactly("2");

    BulkAnswer again = BulkAnswer.of(api.post("/v1/admin/licenses/revocations", body, root));

    assertThat(again.counts())
        .isEqualTo(Map.of("ALREADY_REVOKED", 2, "NOT_FOUND", 1, "DUPLICATE_LINE", 1));
    assertThat(audited("license.revoked")).hasSize(2);
    assertProblem(
        api.put(
            "/v1/licenses/" + id(licenses.get(1)) + "/assignee",
            Map.of("accountId", cyd.id()),
            owner()),
        409,
        "CONFLICT");
  }

  @Test
  void oneLicenseIsRevokedByStaffOnlyWithAReason() {
    List<JsonNode> licenses = bought(1);
    String root = SignIn.superAdmin(api).accessToken();
    String path = "/v1/admin/licenses/" + id(licenses.get(0)) + "/revoke";

    assertProblem(api.post(path, Map.of("reason", "mine"), owner()), 403, "FORBIDDEN");
    assertProblem(
        api.post(
            "/v1/admin/licenses/revocations",
            Map.of("licenseIds", List.of(id(licenses.get(0))), "reason", "x"),
            owner()),
        403,
        "FORBIDDEN");
    assertProblem(api.post(path, Map.of(), root), 400, "VALIDATION_FAILED", "reason");
    assertProblem(
        api.post(
            "/v1/admin/licenses/revocations",
            Map.of("licenseIds", List.of("nope"), "reason", "x"),
            root),
        400,
        "VALIDATION_FAILED");
    assertProblem(
        api.post(
            "/v1/admin/licenses/revocations", Map.of("licenseIds", List.of(), "reason", "x"), root),
        400,
        "VALIDATION_FAILED",
        "licenseIds");
    assertProblem(
        api.post(
            "/v1/admin/licenses/" + UUID.randomUUID() + "/revoke", Map.of("reason", "x"), root),
        404,
        "NOT_FOUND");
    ApiResponse revoked = api.post(path, Map.of("reason", "leaked key"), root);

    assertThat(revoked.status()).as("%s", revoked).isEqualTo(200);
    assertThat(revoked.field("status")).isEqualTo("REVOKED");
    assertThat(api.post(path, Map.of("reason", "again"), root).status()).isEqualTo(200);
    assertThat(audited("license.revoked")).hasSize(1);
    assertThat(validationCode(licenses.get(0), "any")).isEqualTo("REVOKED");
  }

  /**
   * Ten thousand licenses of one enterprise subscription are exported, assigned from one file and
   * revoked in one request; the times are printed with the time of a single assignment over the
   * same connection, for scale.
   */
  @Test
  void tenThousandLicensesAreExportedAssignedAndRevokedInOneRequestEach() {
    int seats = 10_000;
    ApiResponse bought = team.buy(owner(), "enterprise", seats);
    assertThat(bought.status()).as("%s", bought).isEqualTo(201);

    long started = System.nanoTime();
    CsvFile exported = CsvFile.of(exportLicenses(owner()));
    long exportNanos = System.nanoTime() - started;
    assertThat(exported.rows()).hasSize(seats);
    List<String> ids = exported.rows().stream().map(r -> r.get("id")).toList();

    long single = System.nanoTime();
    team.assigned(ids.get(0), cyd.id());
    long singleNanos = System.nanoTime() - single;

    StringBuilder csv = new StringBuilder("email,licenseId\n");
    ids.forEach(id -> csv.append(bea.email()).append(',').append(id).append('\n'));
    csv.replace(
        csv.indexOf(bea.email()), csv.indexOf(bea.email()) + bea.email().length(), cyd.email());
    started = System.nanoTime();
    BulkAnswer assigned = BulkAnswer.of(importCsv(csv.toString(), owner()));
    long importNanos = System.nanoTime() - started;
    assertThat(assigned.counts()).isEqualTo(Map.of("ASSIGNED", seats - 1, "UNCHANGED", 1));

    String root = SignIn.superAdmin(api).accessToken();
    started = System.nanoTime();
    BulkAnswer revoked =
        BulkAnswer.of(
            api.post(
                "/v1/admin/licenses/revocations",
                Map.of("licenseIds", ids, "reason", "bulk test"),
                root));
    long revokeNanos = System.nanoTime() - started;
    assertThat(revoked.counts()).isEqualTo(Map.of("REVOKED", seats));

    started = System.nanoTime();
    CsvFile after = CsvFile.of(exportLicenses(owner()));
    long warmExportNanos = System.nanoTime() - started;
    assertThat(after.rows()).allSatisfy(r -> assertThat(r.get("status")).isEqualTo("REVOKED"));
    assertThat(after.rows())
        .filteredOn(r -> r.get("assigneeId").equals(bea.id()))
        .hasSize(seats - 1);
    System.out.println(
        String.format(
            "Bulk licenses over HTTP on %s, %d licenses: export %.0f ms (again: %.0f ms),"
                + " assignment file %.0f ms, revocation %.0f ms; one single assignment %.1f ms",
            describe(database()),
            seats,
            exportNanos / 1e6,
            warmExportNanos / 1e6,
            importNanos / 1e6,
            revokeNanos / 1e6,
            singleNanos / 1e6));
  }

  private static String describe(ServerDatabase database) {
    return database.environment().get("LICENSING_DB_URL") == null ? "embedded H2" : "PostgreSQL";
  }
}
