package org.openlicensing.server.organizations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openlicensing.server.organizations.OrganizationAction.Outcome.ALLOWED;
import static org.openlicensing.server.organizations.OrganizationAction.Outcome.FORBIDDEN;
import static org.openlicensing.server.organizations.OrganizationAction.Outcome.NOT_FOUND;
import static org.openlicensing.server.testing.Problems.assertProblem;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.openlicensing.api.organizations.OrganizationPermission;
import org.openlicensing.server.organizations.MatrixOrganization.Cell;
import org.openlicensing.server.organizations.OrganizationAction.Outcome;
import org.openlicensing.server.testing.ApiResponse;
import org.openlicensing.server.testing.ServerTestBase;

/**
 * Every seat (each role, an outsider, a platform admin) against every action of an organization,
 * over HTTP: what {@link OrganizationPermission} allows answers 2xx and does it, the rest answers
 * 403 FORBIDDEN, or 404 to those who may not even see the organization or the object. The
 * expectations come from the matrix itself; a few cells are written out, so that a wrong matrix is
 * caught too.
 */
public abstract class RoleMatrixContract extends ServerTestBase {

  @Test
  void theMatrixAnswersWhatTheIssueAsksInItsAnchorCells() {
    assertThat(OrganizationAction.INVITE_MEMBER.expected(Seat.MEMBER)).isEqualTo(FORBIDDEN);
    assertThat(OrganizationAction.INVITE_MEMBER.expected(Seat.ADMIN)).isEqualTo(ALLOWED);
    assertThat(OrganizationAction.INVITE_OWNER.expected(Seat.ADMIN)).isEqualTo(FORBIDDEN);
    assertThat(OrganizationAction.MAKE_OWNER.expected(Seat.ADMIN)).isEqualTo(FORBIDDEN);
    assertThat(OrganizationAction.MAKE_OWNER.expected(Seat.OWNER)).isEqualTo(ALLOWED);
    assertThat(OrganizationAction.TRANSFER_OWNERSHIP.expected(Seat.ADMIN)).isEqualTo(FORBIDDEN);
    assertThat(OrganizationAction.REMOVE_MEMBER.expected(Seat.ADMIN)).isEqualTo(ALLOWED);
    assertThat(OrganizationAction.REMOVE_MEMBER.expected(Seat.BILLING)).isEqualTo(FORBIDDEN);
    assertThat(OrganizationAction.BUY.expected(Seat.BILLING)).isEqualTo(ALLOWED);
    assertThat(OrganizationAction.BUY.expected(Seat.ADMIN)).isEqualTo(ALLOWED);
    assertThat(OrganizationAction.BUY.expected(Seat.MEMBER)).isEqualTo(FORBIDDEN);
    assertThat(OrganizationAction.EDIT_BILLING.expected(Seat.BILLING)).isEqualTo(ALLOWED);
    assertThat(OrganizationAction.RENAME.expected(Seat.BILLING)).isEqualTo(FORBIDDEN);
    assertThat(OrganizationAction.RENAME.expected(Seat.ADMIN)).isEqualTo(ALLOWED);
    assertThat(OrganizationAction.READ_AUDIT_EVENTS.expected(Seat.ADMIN)).isEqualTo(ALLOWED);
    assertThat(OrganizationAction.READ_AUDIT_EVENTS.expected(Seat.BILLING)).isEqualTo(FORBIDDEN);
    assertThat(OrganizationAction.READ_AUDIT_EVENTS.expected(Seat.MEMBER)).isEqualTo(FORBIDDEN);
    assertThat(OrganizationAction.ASSIGN_LICENSE.expected(Seat.BILLING)).isEqualTo(FORBIDDEN);
    assertThat(OrganizationAction.SEE_LICENSE.expected(Seat.MEMBER)).isEqualTo(NOT_FOUND);
    assertThat(OrganizationAction.CANCEL_SUBSCRIPTION.expected(Seat.BILLING)).isEqualTo(ALLOWED);
    assertThat(OrganizationAction.CANCEL_SUBSCRIPTION.expected(Seat.MEMBER)).isEqualTo(FORBIDDEN);
    assertThat(OrganizationAction.CANCEL_SUBSCRIPTION.expected(Seat.PLATFORM_ADMIN))
        .isEqualTo(NOT_FOUND);
    assertThat(OrganizationAction.ADD_SEATS.expected(Seat.MEMBER)).isEqualTo(FORBIDDEN);
    assertThat(OrganizationAction.READ_INVOICES.expected(Seat.BILLING)).isEqualTo(ALLOWED);
    assertThat(OrganizationAction.READ_INVOICES.expected(Seat.MEMBER)).isEqualTo(NOT_FOUND);
    assertThat(OrganizationAction.READ_INVOICES.expected(Seat.PLATFORM_ADMIN)).isEqualTo(ALLOWED);
    assertThat(OrganizationAction.LIST_MEMBERS.expected(Seat.MEMBER)).isEqualTo(ALLOWED);
    assertThat(OrganizationAction.VIEW_ORGANIZATION.expected(Seat.OUTSIDER)).isEqualTo(NOT_FOUND);
    assertThat(OrganizationAction.CREATE_API_KEY.expected(Seat.PLATFORM_ADMIN)).isEqualTo(ALLOWED);
    assertThat(OrganizationAction.REMOVE_MEMBER.expected(Seat.PLATFORM_ADMIN)).isEqualTo(NOT_FOUND);
  }

  @TestFactory
  Stream<DynamicNode> everySeatAgainstEveryAction() {
    MatrixOrganization matrix = MatrixOrganization.build(api, mailbox, this::newCustomer);
    List<DynamicNode> nodes = new ArrayList<>();
    for (OrganizationAction action : OrganizationAction.values()) {
      List<DynamicTest> cells = new ArrayList<>();
      for (Seat seat : Seat.values()) {
        Cell cell = new Cell(action, seat);
        Outcome expected = action.expected(seat);
        cells.add(
            DynamicTest.dynamicTest(seat + " → " + expected, () -> check(matrix, cell, expected)));
      }
      nodes.add(DynamicContainer.dynamicContainer(action.label(), cells));
    }
    List<DynamicTest> visibility = new ArrayList<>();
    for (Seat seat : List.of(Seat.OWNER, Seat.ADMIN, Seat.BILLING, Seat.MEMBER, Seat.OUTSIDER)) {
      visibility.add(
          DynamicTest.dynamicTest(seat.toString(), () -> checkLicensesSeen(matrix, seat)));
    }
    nodes.add(DynamicContainer.dynamicContainer("list the licenses", visibility));
    return nodes.stream();
  }

  private void check(MatrixOrganization matrix, Cell cell, Outcome expected) {
    ApiResponse answer = call(matrix, cell);
    switch (expected) {
      case ALLOWED -> checkDone(matrix, cell, answer);
      case FORBIDDEN -> assertProblem(answer, 403, "FORBIDDEN");
      case NOT_FOUND -> assertProblem(answer, 404, "NOT_FOUND");
    }
    if (expected != ALLOWED && cell.action() == OrganizationAction.CANCEL_SUBSCRIPTION) {
      ApiResponse shared =
          api.get(
              "/v1/subscriptions/" + matrix.subscription(),
              matrix.teamOf(cell).founder().accessToken());
      assertThat(shared.json().get("cancelAtPeriodEnd").asBoolean())
          .as("the subscription the refused %s aimed at", cell)
          .isFalse();
    }
    if (expected != ALLOWED && cell.action().needsTarget()) {
      assertThat(matrix.teamOf(cell).roleOf(matrix.targetOf(cell)))
          .as("the member the refused %s aimed at", cell)
          .contains("MEMBER");
    }
  }

  private ApiResponse call(MatrixOrganization matrix, Cell cell) {
    Team team = matrix.teamOf(cell);
    String bearer = matrix.bearer(cell.seat());
    String target = team.path("/members/" + matrix.targetOf(cell));
    return switch (cell.action()) {
      case VIEW_ORGANIZATION -> api.get(team.path(), bearer);
      case LIST_MEMBERS -> api.get(team.path("/members"), bearer);
      case RENAME -> api.patch(team.path(), Map.of("name", newName(cell)), bearer);
      case EDIT_BILLING ->
          api.patch(
              team.path(),
              Map.of("billing", MatrixOrganization.billingDetails(newLegalName(cell))),
              bearer);
      case INVITE_MEMBER -> team.invite(bearer, Team.newAddress("invitee"), "MEMBER");
      case INVITE_OWNER -> team.invite(bearer, Team.newAddress("owner-invitee"), "OWNER");
      case BULK_INVITE ->
          api.post(
              team.path("/invitations/bulk"),
              Map.of(
                  "invitations",
                  List.of(Map.of("email", Team.newAddress("bulk-invitee"), "role", "MEMBER"))),
              bearer);
      case LIST_INVITATIONS -> api.get(team.path("/invitations"), bearer);
      case REVOKE_INVITATION ->
          api.delete(team.path("/invitations/" + matrix.invitationOf(cell)), bearer);
      case RESEND_INVITATION ->
          api.post(
              team.path("/invitations/" + matrix.sharedInvitation() + "/resend"), null, bearer);
      case CHANGE_ROLE -> api.patch(target, Map.of("role", "BILLING"), bearer);
      case MAKE_OWNER -> api.patch(target, Map.of("role", "OWNER"), bearer);
      case BULK_ROLE_CHANGE ->
          api.post(
              team.path("/members/bulk-role-change"),
              Map.of(
                  "changes",
                  List.of(Map.of("accountId", matrix.targetOf(cell), "role", "BILLING"))),
              bearer);
      case REMOVE_MEMBER -> api.delete(target, bearer);
      case BULK_REMOVAL ->
          api.post(
              team.path("/members/bulk-removal"),
              Map.of("accountIds", List.of(matrix.targetOf(cell))),
              bearer);
      case TRANSFER_OWNERSHIP ->
          api.post(
              team.path("/ownership-transfer"), Map.of("accountId", matrix.targetOf(cell)), bearer);
      case BUY -> team.buy(bearer, "pro", 1);
      case SEE_SUBSCRIPTION -> api.get("/v1/subscriptions/" + matrix.subscription(), bearer);
      case SEE_LICENSE -> api.get("/v1/licenses/" + matrix.freeLicenseOf(cell), bearer);
      case CANCEL_SUBSCRIPTION ->
          api.post(
              "/v1/subscriptions/" + matrix.subscriptionToCancelOf(cell) + "/cancel", null, bearer);
      case ADD_SEATS ->
          api.patch(
              "/v1/subscriptions/" + matrix.subscription(),
              Map.of("seats", seatsOf(matrix) + 1),
              bearer);
      case READ_INVOICES -> api.get("/v1/invoices?organizationId=" + team.id(), bearer);
      case ASSIGN_LICENSE -> team.assign(bearer, matrix.freeLicenseOf(cell), matrix.holder());
      case TAKE_BACK_OWN_LICENSE ->
          api.delete("/v1/licenses/" + matrix.heldLicenseOf(cell.seat()) + "/assignee", bearer);
      case READ_AUDIT_EVENTS -> api.get(team.path("/audit-events"), bearer);
      case CREATE_API_KEY ->
          api.post(
              team.path("/api-keys"),
              Map.of("name", "key of " + cell.seat(), "scopes", List.of("READ")),
              bearer);
      case LIST_API_KEYS -> api.get(team.path("/api-keys"), bearer);
    };
  }

  /** The answer of an allowed action, and that it did what it says. */
  private void checkDone(MatrixOrganization matrix, Cell cell, ApiResponse answer) {
    Team team = matrix.teamOf(cell);
    assertThat(answer.status()).as("%s: %s", cell, answer).isEqualTo(successStatus(cell));
    JsonNode json = answer.json();
    String target = matrix.targetOf(cell);
    switch (cell.action()) {
      case VIEW_ORGANIZATION -> {
        assertThat(answer.field("id")).isEqualTo(team.id());
        assertThat(answer.field("role")).isEqualTo(cell.seat().role().map(Enum::name).orElse(null));
        boolean seesBilling =
            cell.seat()
                .role()
                .map(OrganizationPermission.VIEW_BILLING::allows)
                .orElse(OrganizationPermission.VIEW_BILLING.allowsPlatformAdmins());
        assertThat(json.get("billing").isNull())
            .as("billing hidden: %s", answer)
            .isNotEqualTo(seesBilling);
      }
      case LIST_MEMBERS ->
          assertThat(json.get("items").findValuesAsText("accountId")).contains(team.founder().id());
      case RENAME -> assertThat(answer.field("name")).isEqualTo(newName(cell));
      case EDIT_BILLING ->
          assertThat(json.get("billing").get("legalName").asText()).isEqualTo(newLegalName(cell));
      case INVITE_MEMBER -> assertThat(answer.field("role")).isEqualTo("MEMBER");
      case INVITE_OWNER -> assertThat(answer.field("role")).isEqualTo("OWNER");
      case BULK_INVITE, BULK_ROLE_CHANGE, BULK_REMOVAL ->
          assertThat(json.get("lines").get(0).get("outcome").asText())
              .isEqualTo(
                  switch (cell.action()) {
                    case BULK_INVITE -> "INVITED";
                    case BULK_ROLE_CHANGE -> "CHANGED";
                    default -> "REMOVED";
                  });
      case LIST_INVITATIONS -> assertThat(json.get("items")).isNotEmpty();
      case RESEND_INVITATION -> assertThat(answer.field("id")).isEqualTo(matrix.sharedInvitation());
      case CHANGE_ROLE -> assertThat(answer.field("role")).isEqualTo("BILLING");
      case MAKE_OWNER, TRANSFER_OWNERSHIP -> {
        assertThat(answer.field("accountId")).isEqualTo(target);
        assertThat(answer.field("role")).isEqualTo("OWNER");
      }
      case REMOVE_MEMBER -> assertThat(answer.field("accountId")).isEqualTo(target);
      case BUY -> assertThat(answer.field("organizationId")).isEqualTo(team.id());
      case SEE_SUBSCRIPTION -> assertThat(answer.field("id")).isEqualTo(matrix.subscription());
      case SEE_LICENSE -> assertThat(answer.field("id")).isEqualTo(matrix.freeLicenseOf(cell));
      case CANCEL_SUBSCRIPTION -> {
        assertThat(answer.field("id")).isEqualTo(matrix.subscriptionToCancelOf(cell));
        assertThat(json.get("cancelAtPeriodEnd").asBoolean()).isTrue();
      }
      case ADD_SEATS -> assertThat(json.get("seats").asInt()).isEqualTo(seatsOf(matrix));
      case READ_INVOICES ->
          assertThat(json.get("items"))
              .isNotEmpty()
              .allSatisfy(i -> assertThat(i.get("organizationId").asText()).isEqualTo(team.id()));
      case ASSIGN_LICENSE ->
          assertThat(json.get("assignee").get("id").asText()).isEqualTo(matrix.holder());
      case TAKE_BACK_OWN_LICENSE -> assertThat(json.get("assignee").isNull()).isTrue();
      case READ_AUDIT_EVENTS ->
          assertThat(json.get("items"))
              .isNotEmpty()
              .allSatisfy(e -> assertThat(e.get("organizationId").asText()).isEqualTo(team.id()));
      case CREATE_API_KEY ->
          assertThat(json.get("key").get("organizationId").asText()).isEqualTo(team.id());
      case LIST_API_KEYS -> assertThat(json.get("items")).isNotNull();
    }
    if (cell.action() == OrganizationAction.REMOVE_MEMBER
        || cell.action() == OrganizationAction.BULK_REMOVAL) {
      assertThat(team.roleOf(target)).isEmpty();
    }
    if (cell.action() == OrganizationAction.TRANSFER_OWNERSHIP) {
      assertThat(team.roleOf(matrix.accountOf(cell.seat()))).contains("ADMIN");
    }
  }

  /** The seats of the shared subscription, as its founder reads them. */
  private int seatsOf(MatrixOrganization matrix) {
    return api.get(
            "/v1/subscriptions/" + matrix.subscription(), matrix.team().founder().accessToken())
        .json()
        .get("seats")
        .asInt();
  }

  private static int successStatus(Cell cell) {
    return switch (cell.action()) {
      case INVITE_MEMBER, INVITE_OWNER, BUY, CREATE_API_KEY -> 201;
      case REVOKE_INVITATION -> 204;
      default -> 200;
    };
  }

  /** Those who see the billing see every license of the organization; members their own. */
  private void checkLicensesSeen(MatrixOrganization matrix, Seat seat) {
    Team team = matrix.team();
    List<String> seen =
        team.licensesSeenBy(matrix.bearer(seat)).stream().map(l -> l.get("id").asText()).toList();
    List<String> expected;
    if (seat.role().map(OrganizationPermission.VIEW_BILLING::allows).orElse(false)) {
      expected =
          team.licensesSeenBy(team.founder().accessToken()).stream()
              .map(l -> l.get("id").asText())
              .toList();
    } else if (seat.role().isPresent()) {
      expected = matrix.licensesHeldBy(matrix.accountOf(seat));
    } else {
      expected = List.of();
    }
    assertThat(seen).containsExactlyInAnyOrderElementsOf(expected);
  }

  private static String newName(Cell cell) {
    return "Matrix renamed by " + cell.seat();
  }

  private static String newLegalName(Cell cell) {
    return "Matrix GmbH, edited by " + cell.seat();
  }
}
