package org.openlicensing.server.organizations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openlicensing.server.testing.Problems.assertProblem;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.BiFunction;
import org.junit.jupiter.api.Test;
import org.openlicensing.server.testing.ApiResponse;
import org.openlicensing.server.testing.Customer;
import org.openlicensing.server.testing.ServerTestBase;
import org.openlicensing.server.testing.SignIn;

/**
 * Races over HTTP: one invitation accepted by many requests at once makes one membership; two
 * owners who leave, demote or remove each other at the same instant leave the organization with
 * exactly one owner. Each race runs a few rounds, on a fresh organization each.
 */
public abstract class ConcurrentAcceptanceContract extends ServerTestBase {
  private static final int RACERS = 8;
  private static final int ROUNDS = 3;

  @Test
  void theSameInvitationAcceptedByEightRequestsAtOnceMakesOneMembership() {
    Customer founder = newCustomer();
    Customer invitee = newCustomer();
    for (int round = 0; round < ROUNDS; round++) {
      Team team = Team.create(api, mailbox, founder, "Race");
      team.invited(invitee.email(), "ADMIN");
      String token = team.invitationToken(invitee.email());
      List<Callable<ApiResponse>> racers = new ArrayList<>();
      for (int i = 0; i < RACERS; i++) {
        racers.add(() -> Team.accept(invitee, token));
      }

      List<ApiResponse> answers = Concurrently.race(racers);

      assertThat(answers).filteredOn(a -> a.status() == 200).as("%s", answers).hasSize(1);
      assertThat(answers)
          .filteredOn(a -> a.status() != 200)
          .allSatisfy(
              refused -> {
                if (refused.status() == 409) {
                  assertProblem(refused, 409, "ALREADY_MEMBER");
                } else {
                  assertProblem(refused, 400, "TOKEN_INVALID");
                }
              });
      List<JsonNode> members = team.members();
      assertThat(members)
          .filteredOn(m -> m.get("accountId").asText().equals(invitee.id()))
          .singleElement()
          .satisfies(m -> assertThat(m.get("role").asText()).isEqualTo("ADMIN"));
      assertThat(members).hasSize(2);
    }
  }

  /** A fresh organization with two owners: its founder and {@code second}. */
  private Team twoOwners(Customer founder, Customer second) {
    Team team = Team.create(api, mailbox, founder, "Owners");
    team.join(second, "OWNER");
    return team;
  }

  private void race(
      BiFunction<Team, Customer[], ApiResponse> first,
      BiFunction<Team, Customer[], ApiResponse> second,
      int loserStatus,
      String loserCode) {
    Customer[] owners = {newCustomer(), newCustomer()};
    String root = SignIn.superAdmin(api).accessToken();
    for (int round = 0; round < ROUNDS; round++) {
      Team team = twoOwners(owners[0], owners[1]);

      List<ApiResponse> answers =
          Concurrently.race(
              List.<Callable<ApiResponse>>of(
                  () -> first.apply(team, owners), () -> second.apply(team, owners)));

      assertThat(answers).filteredOn(a -> a.status() == 200).as("%s", answers).hasSize(1);
      ApiResponse loser = answers.stream().filter(a -> a.status() != 200).findFirst().orElseThrow();
      assertProblem(loser, loserStatus, loserCode);
      assertThat(team.members(root))
          .filteredOn(m -> m.get("role").asText().equals("OWNER"))
          .hasSize(1);
    }
  }

  @Test
  void twoOwnersLeavingAtOnceLeaveOneOwner() {
    race(
        (team, owners) -> api.post(team.path("/leave"), null, owners[0].accessToken()),
        (team, owners) -> api.post(team.path("/leave"), null, owners[1].accessToken()),
        409,
        "LAST_OWNER");
  }

  /**
   * The loser is no owner any more when its turn comes, so it may not unmake an owner: 403, not
   * 409. Either way the organization keeps one owner.
   */
  @Test
  void twoOwnersDemotingEachOtherAtOnceLeaveOneOwner() {
    race(
        (team, owners) ->
            api.patch(
                team.path("/members/" + owners[1].id()),
                Map.of("role", "ADMIN"),
                owners[0].accessToken()),
        (team, owners) ->
            api.patch(
                team.path("/members/" + owners[0].id()),
                Map.of("role", "ADMIN"),
                owners[1].accessToken()),
        403,
        "FORBIDDEN");
  }

  /** The loser is no member any more when its turn comes: to it the organization is gone. */
  @Test
  void twoOwnersRemovingEachOtherAtOnceLeaveOneOwner() {
    race(
        (team, owners) ->
            api.delete(team.path("/members/" + owners[1].id()), owners[0].accessToken()),
        (team, owners) ->
            api.delete(team.path("/members/" + owners[0].id()), owners[1].accessToken()),
        404,
        "NOT_FOUND");
  }
}
