package org.openlicensing.server.organizations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.openlicensing.server.organizations.BulkAnswer.line;
import static org.openlicensing.server.testing.Problems.assertProblem;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import org.openlicensing.server.organizations.BulkAnswer.Line;
import org.openlicensing.server.testing.ApiClient;
import org.openlicensing.server.testing.ApiResponse;
import org.openlicensing.server.testing.Customer;
import org.openlicensing.server.testing.ServerDatabase;
import org.openlicensing.server.testing.ServerTestBase;
import org.openlicensing.server.testing.SignIn;
import org.openlicensing.server.testing.TestServer;

/**
 * Bulk member management over HTTP: a CSV file of invitations with every kind of bad line and the
 * exact report, the same in JSON, the limits (1,000 lines, 1 MiB), a 1,000-line file timed, and
 * role changes and removals of a dozen members in files of 1,000 lines.
 */
public abstract class BulkMembersContract extends ServerTestBase {
  private static final String CSV = "text/csv";
  private static final int MAX_LINES = 1_000;
  private static final int MEMBERS = 12;

  /**
   * A database of its own for a second server, whose e-mails go to its log: a thousand invitation
   * e-mails through SMTP would keep the class's mail server busy for a minute.
   */
  protected abstract ServerDatabase quietDatabase();

  private Team newTeam() {
    return Team.create(api, mailbox, newCustomer(), "Bulk Corp");
  }

  private static ApiResponse postCsv(ApiClient client, String path, String csv, String bearer) {
    return client.send(
        "POST",
        path,
        csv.getBytes(StandardCharsets.UTF_8),
        Map.of("Content-Type", CSV, "Authorization", "Bearer " + bearer));
  }

  private ApiResponse inviteCsv(Team team, String csv, String bearer) {
    return postCsv(api, team.path("/invitations/bulk"), csv, bearer);
  }

  /** The open invitations by address, with their roles. */
  private static Map<String, String> rolesOf(List<JsonNode> invitations) {
    Map<String, String> roles = new HashMap<>();
    invitations.forEach(i -> roles.put(i.get("email").asText(), i.get("role").asText()));
    return roles;
  }

  @Test
  void aCsvFileWithBadLinesIsReportedLineByLineAndOnlyTheGoodOnesAreInvited() {
    Team team = newTeam();
    String pending = Team.newAddress("pending");
    team.invited(pending, "MEMBER");
    String ada = Team.newAddress("ada");
    String quoted = Team.newAddress("quoted");
    String spaced = Team.newAddress("spaced");
    String badRole = Team.newAddress("bob");
    String noRole = Team.newAddress("lonely");
    String csv =
        "\uFEFFEmail,Role,Name\r\n"
            + ada
            + ",MEMBER,Ada\r\n"
            + "\""
            + quoted.toUpperCase()
            + "\",\"admin\",\"Smith, John\",more,columns\r\n"
            + "\r\n"
            + "not-an-address,MEMBER\r\n"
            + "  "
            + spaced
            + " , billing \r\n"
            + badRole
            + ",OVERLORD\r\n"
            + ada.toUpperCase()
            + ",BILLING\r\n"
            + team.founder().email()
            + ",MEMBER\r\n"
            + pending
            + ",ADMIN\r\n"
            + noRole
            + "\r\n"
            + ",MEMBER\r\n";

    BulkAnswer report = BulkAnswer.of(inviteCsv(team, csv, team.founder().accessToken()));

    List<Line> expected =
        List.of(
            line(2, ada, "INVITED"),
            line(3, quoted, "INVITED"),
            line(5, "not-an-address", "INVALID_ADDRESS"),
            line(6, spaced, "INVITED"),
            line(7, badRole, "INVALID_ROLE"),
            line(8, ada.toUpperCase(), "DUPLICATE_LINE"),
            line(9, team.founder().email(), "ALREADY_MEMBER"),
            line(10, pending, "REINVITED"),
            line(11, noRole, "INVALID_ROLE"),
            line(12, "", "INVALID_ADDRESS"));
    assertThat(report.linesWithoutDetail()).containsExactlyElementsOf(expected);
    assertThat(report.total()).isEqualTo(expected.size());
    assertThat(report.applied()).isEqualTo(4);
    assertThat(report.counts()).isEqualTo(BulkAnswer.countsOf(expected));
    assertThat(report.lines())
        .filteredOn(
            l -> List.of("INVALID_ADDRESS", "INVALID_ROLE", "DUPLICATE_LINE").contains(l.outcome()))
        .allSatisfy(l -> assertThat(l.detail()).as("detail of %s", l).isNotBlank());
    assertThat(report.lines().get(4).detail()).contains("OWNER, ADMIN, BILLING, MEMBER");
    assertThat(rolesOf(team.openInvitations()))
        .isEqualTo(Map.of(ada, "MEMBER", quoted, "ADMIN", spaced, "BILLING", pending, "ADMIN"));
    assertThat(team.invitationToken(spaced)).isNotBlank();
    assertThat(team.invitationToken(pending, 2)).isNotEqualTo(team.invitationToken(pending, 1));
  }

  @Test
  void theSameInvitationsInJsonAreReportedAlike() {
    Team team = newTeam();
    String ada = Team.newAddress("ada");
    List<Object> lines = new ArrayList<>();
    lines.add(Map.of("email", ada, "role", "BILLING"));
    lines.add(null);
    lines.add(Map.of("email", "nope", "role", "MEMBER"));
    lines.add(Map.of("email", Team.newAddress("norole")));
    lines.add(Map.of("email", ada, "role", "ADMIN"));
    lines.add(Map.of("email", team.founder().email(), "role", "ADMIN"));

    BulkAnswer report =
        BulkAnswer.of(
            api.post(
                team.path("/invitations/bulk"),
                Map.of("invitations", lines),
                team.founder().accessToken()));

    assertThat(report.lines())
        .extracting(Line::line, Line::outcome)
        .containsExactly(
            tuple(1, "INVITED"),
            tuple(2, "INVALID_ADDRESS"),
            tuple(3, "INVALID_ADDRESS"),
            tuple(4, "INVALID_ROLE"),
            tuple(5, "DUPLICATE_LINE"),
            tuple(6, "ALREADY_MEMBER"));
    assertThat(report.applied()).isEqualTo(1);
    assertThat(rolesOf(team.openInvitations())).isEqualTo(Map.of(ada, "BILLING"));
  }

  @Test
  void anAdminsFileCannotInviteOwnersButInvitesTheRest() {
    Team team = newTeam();
    Customer admin = newCustomer();
    team.join(admin, "ADMIN");
    String owner = Team.newAddress("would-be-owner");
    String member = Team.newAddress("member");

    BulkAnswer report =
        BulkAnswer.of(
            inviteCsv(team, owner + ",OWNER\n" + member + ",MEMBER\n", admin.accessToken()));

    assertThat(report.linesWithoutDetail())
        .containsExactly(line(1, owner, "FORBIDDEN"), line(2, member, "INVITED"));
    assertThat(report.lines().get(0).detail()).isNotBlank();
    assertThat(rolesOf(team.openInvitations())).isEqualTo(Map.of(member, "MEMBER"));
  }

  @Test
  void aMemberCannotSendAFileAtAll() {
    Team team = newTeam();
    Customer member = newCustomer();
    team.join(member, "MEMBER");

    ApiResponse answer =
        inviteCsv(team, Team.newAddress("friend") + ",MEMBER\n", member.accessToken());

    assertProblem(answer, 403, "FORBIDDEN");
    assertThat(team.openInvitations()).isEmpty();
  }

  @Test
  void aFileThatIsNotCsvIsRefusedWhole() {
    Team team = newTeam();

    ApiResponse answer =
        inviteCsv(team, "\"unclosed@example.test,MEMBER\n", team.founder().accessToken());

    assertProblem(answer, 400, "VALIDATION_FAILED", "body");
    assertThat(team.openInvitations()).isEmpty();
  }

  @Test
  void moreThanAThousandLinesAreRefusedWholeInCsvAndInJson() {
    Team team = newTeam();
    StringBuilder csv = new StringBuilder("email,role\n");
    List<Map<String, String>> json = new ArrayList<>();
    for (int i = 0; i <= MAX_LINES; i++) {
      String address = "over" + i + "@" + team.id() + ".example.test";
      csv.append(address).append(",MEMBER\n");
      json.add(Map.of("email", address, "role", "MEMBER"));
    }
    String owner = team.founder().accessToken();

    ApiResponse fromCsv = inviteCsv(team, csv.toString(), owner);
    ApiResponse fromJson =
        api.post(team.path("/invitations/bulk"), Map.of("invitations", json), owner);

    assertProblem(fromCsv, 400, "VALIDATION_FAILED");
    assertProblem(fromJson, 400, "VALIDATION_FAILED");
    assertThat(team.openInvitations()).isEmpty();
  }

  @Test
  void moreThanAThousandRoleChangesOrRemovalsAreRefusedWhole() {
    Team team = newTeam();
    List<Map<String, String>> changes = new ArrayList<>();
    List<String> ids = new ArrayList<>();
    for (int i = 0; i <= MAX_LINES; i++) {
      String id = UUID.randomUUID().toString();
      changes.add(Map.of("accountId", id, "role", "ADMIN"));
      ids.add(id);
    }
    String owner = team.founder().accessToken();

    assertProblem(
        api.post(team.path("/members/bulk-role-change"), Map.of("changes", changes), owner),
        400,
        "VALIDATION_FAILED",
        "changes");
    assertProblem(
        api.post(team.path("/members/bulk-removal"), Map.of("accountIds", ids), owner),
        400,
        "VALIDATION_FAILED",
        "accountIds");
  }

  @Test
  void aBulkBodyOverOneMebibyteIsTooLargeEvenWhenStreamed() {
    Team team = newTeam();
    String owner = team.founder().accessToken();
    char[] filler = new char[1024 * 1024];
    Arrays.fill(filler, 'x');
    String csv = "email,role,note\nbig@example.test,MEMBER," + new String(filler) + "\n";
    Map<String, String> headers = Map.of("Content-Type", CSV, "Authorization", "Bearer " + owner);

    ApiResponse declared =
        api.send(
            "POST", team.path("/invitations/bulk"), csv.getBytes(StandardCharsets.UTF_8), headers);
    ApiResponse streamed =
        api.sendStreaming(
            "POST", team.path("/invitations/bulk"), csv.getBytes(StandardCharsets.UTF_8), headers);

    assertProblem(declared, 413, "PAYLOAD_TOO_LARGE");
    assertProblem(streamed, 413, "PAYLOAD_TOO_LARGE");
    assertThat(team.openInvitations()).isEmpty();
  }

  @Test
  void aSingleInvitationKeepsTheSmallerLimit() {
    Team team = newTeam();
    char[] filler = new char[70 * 1024];
    Arrays.fill(filler, 'x');

    ApiResponse answer =
        api.post(
            team.path("/invitations"),
            Map.of("email", Team.newAddress("big"), "role", "MEMBER", "note", new String(filler)),
            team.founder().accessToken());

    assertProblem(answer, 413, "PAYLOAD_TOO_LARGE");
  }

  /**
   * A 1,000-line file invites everyone, and its time is set against the baseline of this run: one
   * invitation over the same HTTP connection to the same server (median of {@link #BASELINE_RUNS}).
   * The file is sent twice, to two organizations, so that the second time is measured warm.
   */
  @Test
  void aThousandLineFileOverSixtyFourKibibytesInvitesEveryone() {
    try (TestServer quiet =
        TestServer.start(quietDatabase(), 0, Map.of("SMTP_HOST", "", "LICENSING_DEMO", "false"))) {
      ApiClient client = quiet.api();
      String root = SignIn.superAdmin(client).accessToken();
      String first = newOrganization(client, root, "Thousand Corp");
      String second = newOrganization(client, root, "Second Thousand Corp");
      String baseline = newOrganization(client, root, "Baseline Corp");

      long[] single = new long[BASELINE_RUNS];
      for (int i = 0; i < BASELINE_RUNS; i++) {
        long started = System.nanoTime();
        ApiResponse invited =
            client.post(
                baseline + "/invitations",
                Map.of("email", "single" + i + "@baseline.example.test", "role", "MEMBER"),
                root);
        single[i] = System.nanoTime() - started;
        assertThat(invited.status()).as("%s", invited).isEqualTo(201);
      }
      Timed cold = timedCsv(client, first, thousandLines(first), root);
      Timed warm = timedCsv(client, second, thousandLines(second), root);

      long oneInvitation = median(single);
      // One println, so that the log lines of the outbox relay cannot split the figures.
      System.out.println(
          String.format(
              "Bulk invitation over HTTP on %s: one invitation %.1f ms (median of %d);"
                  + " %d CSV lines %.1f ms cold, %.1f ms warm = %.1f x one invitation,"
                  + " %.3f ms per line",
              describe(quietDatabase()),
              oneInvitation / 1e6,
              BASELINE_RUNS,
              MAX_LINES,
              cold.nanos() / 1e6,
              warm.nanos() / 1e6,
              (double) warm.nanos() / oneInvitation,
              warm.nanos() / 1e6 / MAX_LINES));
      for (Timed timed : List.of(cold, warm)) {
        BulkAnswer report = BulkAnswer.of(timed.answer());
        assertThat(report.total()).isEqualTo(MAX_LINES);
        assertThat(report.counts()).isEqualTo(Map.of("INVITED", MAX_LINES));
        assertThat(report.lines().get(MAX_LINES - 1).line()).isEqualTo(MAX_LINES + 1);
      }
      assertThat(openInvitations(client, first, root)).hasSize(MAX_LINES);
      assertThat(openInvitations(client, second, root)).hasSize(MAX_LINES);
    }
  }

  private static final int BASELINE_RUNS = 15;

  private record Timed(ApiResponse answer, long nanos) {}

  private static Timed timedCsv(ApiClient client, String organization, String csv, String root) {
    long started = System.nanoTime();
    ApiResponse answer = postCsv(client, organization + "/invitations/bulk", csv, root);
    return new Timed(answer, System.nanoTime() - started);
  }

  private static String newOrganization(ApiClient client, String bearer, String name) {
    ApiResponse created = client.post("/v1/organizations", Map.of("name", name), bearer);
    assertThat(created.status()).as("%s", created).isEqualTo(201);
    return "/v1/organizations/" + created.field("id");
  }

  /** 1,000 lines with a note column, over 64 KiB: larger than a single request may be. */
  private static String thousandLines(String organization) {
    String domain = organization.substring(organization.lastIndexOf('/') + 1);
    String note = "x".repeat(60);
    StringBuilder csv = new StringBuilder("email,role,note\n");
    for (int i = 0; i < MAX_LINES; i++) {
      csv.append("person")
          .append(i)
          .append('@')
          .append(domain)
          .append(".example.test,")
          .append(i % 10 == 0 ? "ADMIN" : "MEMBER")
          .append(',')
          .append(note)
          .append('\n');
    }
    assertThat(csv.length()).isGreaterThan(64 * 1024);
    return csv.toString();
  }

  private static long median(long[] values) {
    long[] sorted = values.clone();
    Arrays.sort(sorted);
    return sorted[sorted.length / 2];
  }

  private static List<JsonNode> openInvitations(
      ApiClient client, String organization, String bearer) {
    List<JsonNode> open = new ArrayList<>();
    String cursor = null;
    do {
      ApiResponse page =
          client.get(
              organization + "/invitations?limit=500" + (cursor == null ? "" : "&cursor=" + cursor),
              bearer);
      assertThat(page.status()).as("%s", page).isEqualTo(200);
      page.json().get("items").forEach(open::add);
      cursor = page.field("nextCursor");
    } while (cursor != null);
    return open;
  }

  private static String describe(ServerDatabase database) {
    String url = database.environment().get("LICENSING_DB_URL");
    return url == null ? "embedded H2" : "PostgreSQL";
  }

  /** A team with {@link #MEMBERS} members who joined by signing up with their invitations. */
  private record Crowd(Team team, List<String> members) {}

  private Crowd crowd() {
    Team team = newTeam();
    Map<String, String> lines = new LinkedHashMap<>();
    for (int i = 0; i < MEMBERS; i++) {
      lines.put(Team.newAddress("crowd" + i), "MEMBER");
    }
    team.invitedInBulk(lines);
    List<Callable<String>> enrolments = new ArrayList<>();
    lines.keySet().forEach(email -> enrolments.add(() -> team.enrol(email, 1)));
    return new Crowd(team, Concurrently.run(4, enrolments));
  }

  @Test
  void aThousandLineRoleChangeIsReportedLineByLine() {
    Crowd crowd = crowd();
    Team team = crowd.team();
    List<Map<String, Object>> changes = new ArrayList<>();
    List<Line> expected = new ArrayList<>();
    for (String member : crowd.members()) {
      changes.add(Map.of("accountId", member, "role", "billing"));
      expected.add(line(expected.size() + 1, member, "CHANGED"));
    }
    changes.add(Map.of("accountId", crowd.members().get(0), "role", "ADMIN"));
    expected.add(line(expected.size() + 1, crowd.members().get(0), "DUPLICATE_LINE"));
    changes.add(Map.of("accountId", team.founder().id(), "role", "ADMIN"));
    expected.add(line(expected.size() + 1, team.founder().id(), "LAST_OWNER"));
    changes.add(Map.of("accountId", team.founder().id(), "role", "OWNER"));
    expected.add(line(expected.size() + 1, team.founder().id(), "DUPLICATE_LINE"));
    changes.add(Map.of("role", "ADMIN"));
    expected.add(line(expected.size() + 1, "", "INVALID_LINE"));
    String stranger = UUID.randomUUID().toString();
    changes.add(Map.of("accountId", stranger, "role", "CAPTAIN"));
    expected.add(line(expected.size() + 1, stranger, "INVALID_ROLE"));
    while (changes.size() < MAX_LINES) {
      String unknown = UUID.randomUUID().toString();
      changes.add(Map.of("accountId", unknown, "role", "MEMBER"));
      expected.add(line(expected.size() + 1, unknown, "NOT_A_MEMBER"));
    }

    BulkAnswer report =
        BulkAnswer.of(
            api.post(
                team.path("/members/bulk-role-change"),
                Map.of("changes", changes),
                team.founder().accessToken()));

    assertThat(report.linesWithoutDetail()).containsExactlyElementsOf(expected);
    assertThat(report.counts()).isEqualTo(BulkAnswer.countsOf(expected));
    assertThat(report.applied()).isEqualTo(MEMBERS);
    Map<String, String> roles = new HashMap<>();
    team.members().forEach(m -> roles.put(m.get("accountId").asText(), m.get("role").asText()));
    crowd.members().forEach(m -> assertThat(roles).containsEntry(m, "BILLING"));
    assertThat(roles).containsEntry(team.founder().id(), "OWNER").hasSize(MEMBERS + 1);
  }

  @Test
  void aThousandLineRemovalIsReportedLineByLineAndKeepsTheOwner() {
    Crowd crowd = crowd();
    Team team = crowd.team();
    List<String> ids = new ArrayList<>(crowd.members());
    List<Line> expected = new ArrayList<>();
    crowd.members().forEach(m -> expected.add(line(expected.size() + 1, m, "REMOVED")));
    ids.add(team.founder().id());
    expected.add(line(expected.size() + 1, team.founder().id(), "LAST_OWNER"));
    ids.add(crowd.members().get(MEMBERS - 1));
    expected.add(line(expected.size() + 1, crowd.members().get(MEMBERS - 1), "DUPLICATE_LINE"));
    while (ids.size() < MAX_LINES) {
      String unknown = UUID.randomUUID().toString();
      ids.add(unknown);
      expected.add(line(expected.size() + 1, unknown, "NOT_A_MEMBER"));
    }

    BulkAnswer report =
        BulkAnswer.of(
            api.post(
                team.path("/members/bulk-removal"),
                Map.of("accountIds", ids),
                team.founder().accessToken()));

    assertThat(report.linesWithoutDetail()).containsExactlyElementsOf(expected);
    assertThat(report.counts()).isEqualTo(BulkAnswer.countsOf(expected));
    assertThat(report.applied()).isEqualTo(MEMBERS);
    List<JsonNode> left = team.members();
    assertThat(left)
        .extracting(m -> m.get("accountId").asText())
        .containsExactly(team.founder().id());
    assertThat(left.get(0).get("role").asText()).isEqualTo("OWNER");
  }
}
