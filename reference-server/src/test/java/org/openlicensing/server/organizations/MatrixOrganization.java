package org.openlicensing.server.organizations;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.openlicensing.server.organizations.OrganizationAction.Outcome;
import org.openlicensing.server.testing.ApiClient;
import org.openlicensing.server.testing.ApiResponse;
import org.openlicensing.server.testing.Customer;
import org.openlicensing.server.testing.Mailbox;
import org.openlicensing.server.testing.SignIn;

/**
 * The organization the role matrix runs in, made over HTTP: a founder; a member in each role and an
 * outsider; a member holding a license, whom refused actions aim at; a member of its own for each
 * cell that may change or remove one; invitations to revoke and resend; and a subscription whose
 * licenses are held by each member seat, by the holder, or free to assign. A cell that may change
 * the caller's own role gets an organization of its own, so that it changes nothing for the others.
 */
final class MatrixOrganization {
  private static final int THREADS = 4;
  private static final List<Seat> MEMBER_SEATS =
      List.of(Seat.OWNER, Seat.ADMIN, Seat.BILLING, Seat.MEMBER);

  /** One caller against one action. */
  record Cell(OrganizationAction action, Seat seat) {
    boolean allowed() {
      return action.expected(seat) == Outcome.ALLOWED;
    }
  }

  private final Team team;
  private final Mailbox mailbox;
  private final Map<Seat, Customer> customers = new EnumMap<>(Seat.class);
  private String platformAdmin;
  private String holder;
  private String holdersLicense;
  private String freeLicense;
  private String sharedInvitation;
  private String subscription;
  private final Map<Cell, String> targets = new HashMap<>();
  private final Map<Cell, Team> ownTeams = new HashMap<>();
  private final Map<Cell, String> freeLicenses = new HashMap<>();
  private final Map<Cell, String> subscriptionsToCancel = new HashMap<>();
  private final Map<Cell, String> invitations = new HashMap<>();
  private final Map<Seat, String> heldLicenses = new EnumMap<>(Seat.class);

  private MatrixOrganization(Team team, Mailbox mailbox) {
    this.team = team;
    this.mailbox = mailbox;
  }

  static MatrixOrganization build(ApiClient api, Mailbox mailbox, Supplier<Customer> newCustomer) {
    List<Seat> signedUp = new ArrayList<>(MEMBER_SEATS);
    signedUp.add(Seat.OUTSIDER);
    List<Callable<Customer>> signUps = new ArrayList<>();
    for (int i = 0; i <= signedUp.size(); i++) {
      signUps.add(newCustomer::get);
    }
    List<Customer> made = Concurrently.run(THREADS, signUps);
    MatrixOrganization matrix =
        new MatrixOrganization(Team.create(api, mailbox, made.get(0), "Matrix"), mailbox);
    for (int i = 0; i < signedUp.size(); i++) {
      matrix.customers.put(signedUp.get(i), made.get(i + 1));
    }
    matrix.platformAdmin = SignIn.superAdmin(api).accessToken();
    matrix.populate(api);
    return matrix;
  }

  private void populate(ApiClient api) {
    ApiResponse billing =
        api.patch(
            team.path(),
            Map.of("billing", billingDetails("Matrix Holding GmbH")),
            team.founder().accessToken());
    assertThat(billing.status()).as("billing details: %s", billing).isEqualTo(200);
    Map<String, String> lines = new LinkedHashMap<>();
    MEMBER_SEATS.forEach(seat -> lines.put(customers.get(seat).email(), seat.name()));
    String holderAddress = Team.newAddress("holder");
    lines.put(holderAddress, "MEMBER");
    String sharedAddress = Team.newAddress("shared-invitation");
    lines.put(sharedAddress, "MEMBER");
    Map<Cell, String> targetAddresses = new LinkedHashMap<>();
    Map<Cell, String> revokeAddresses = new LinkedHashMap<>();
    for (Cell cell : allowedCells()) {
      if (cell.action().needsTarget() && !cell.action().changesCallersRole()) {
        targetAddresses.put(cell, Team.newAddress("target"));
      } else if (cell.action() == OrganizationAction.REVOKE_INVITATION) {
        revokeAddresses.put(cell, Team.newAddress("to-revoke"));
      }
    }
    targetAddresses.values().forEach(a -> lines.put(a, "MEMBER"));
    revokeAddresses.values().forEach(a -> lines.put(a, "MEMBER"));
    team.invitedInBulk(lines);
    Map<Cell, String> ownTeamTargets = inviteToOwnTeams(api);

    List<Callable<Void>> joins = new ArrayList<>();
    MEMBER_SEATS.forEach(
        seat ->
            joins.add(
                () -> {
                  team.acceptInvitation(customers.get(seat), 1);
                  return null;
                }));
    joins.add(
        () -> {
          holder = team.enrol(holderAddress, 1);
          return null;
        });
    targetAddresses.forEach(
        (cell, address) ->
            joins.add(
                () -> {
                  String id = team.enrol(address, 1);
                  synchronized (targets) {
                    targets.put(cell, id);
                  }
                  return null;
                }));
    ownTeamTargets.forEach(
        (cell, address) ->
            joins.add(
                () -> {
                  Team own = ownTeams.get(cell);
                  own.acceptInvitation(customers.get(cell.seat()), 1);
                  String id = own.enrol(address, 1);
                  synchronized (targets) {
                    targets.put(cell, id);
                  }
                  return null;
                }));
    Concurrently.run(THREADS, joins);

    provideLicenses();
    Map<String, String> invitationIds = new HashMap<>();
    team.openInvitations()
        .forEach(i -> invitationIds.put(i.get("email").asText(), i.get("id").asText()));
    sharedInvitation = invitationIds.get(sharedAddress);
    revokeAddresses.forEach((cell, address) -> invitations.put(cell, invitationIds.get(address)));
  }

  /** For each allowed cell that changes the caller's role: an organization of its own. */
  private Map<Cell, String> inviteToOwnTeams(ApiClient api) {
    Map<Cell, String> addresses = new LinkedHashMap<>();
    for (Cell cell : allowedCells()) {
      if (!cell.action().changesCallersRole()) {
        continue;
      }
      Team own = Team.create(api, mailbox, team.founder(), "Matrix " + cell.action());
      String target = Team.newAddress("own-target");
      own.invitedInBulk(
          Map.of(customers.get(cell.seat()).email(), cell.seat().name(), target, "MEMBER"));
      ownTeams.put(cell, own);
      addresses.put(cell, target);
    }
    return addresses;
  }

  /** Buys a seat for every license the cells use, and hands out the held ones. */
  private void provideLicenses() {
    List<Cell> assigning =
        allowedCells().stream()
            .filter(c -> c.action() == OrganizationAction.ASSIGN_LICENSE)
            .toList();
    int seats = MEMBER_SEATS.size() + 2 + assigning.size();
    subscription = team.bought(seats).get("id").asText();
    List<String> licenses =
        team.licensesSeenBy(team.founder().accessToken()).stream()
            .map(l -> l.get("id").asText())
            .toList();
    assertThat(licenses).hasSize(seats);
    int next = 0;
    for (Seat seat : MEMBER_SEATS) {
      String license = licenses.get(next++);
      team.assigned(license, customers.get(seat).id());
      heldLicenses.put(seat, license);
    }
    holdersLicense = licenses.get(next++);
    team.assigned(holdersLicense, holder);
    freeLicense = licenses.get(next++);
    for (Cell cell : assigning) {
      freeLicenses.put(cell, licenses.get(next++));
    }
    for (Cell cell : allowedCells()) {
      if (cell.action() == OrganizationAction.CANCEL_SUBSCRIPTION) {
        subscriptionsToCancel.put(cell, team.bought(1).get("id").asText());
      }
    }
  }

  private static List<Cell> allowedCells() {
    List<Cell> cells = new ArrayList<>();
    for (OrganizationAction action : OrganizationAction.values()) {
      for (Seat seat : Seat.values()) {
        Cell cell = new Cell(action, seat);
        if (cell.allowed()) {
          cells.add(cell);
        }
      }
    }
    return cells;
  }

  static Map<String, Object> billingDetails(String legalName) {
    return Map.of(
        "legalName",
        legalName,
        "address",
        Map.of("line1", "Hauptstraße 1", "postalCode", "10115", "city", "Berlin"),
        "country",
        "DE",
        "billingEmail",
        "invoices@example.test");
  }

  Team team() {
    return team;
  }

  /** The organization the cell acts in: its own, or the shared one. */
  Team teamOf(Cell cell) {
    return ownTeams.getOrDefault(cell, team);
  }

  String bearer(Seat seat) {
    return seat == Seat.PLATFORM_ADMIN ? platformAdmin : customers.get(seat).accessToken();
  }

  /** The account of a seat; null for the platform admin. */
  String accountOf(Seat seat) {
    Customer customer = customers.get(seat);
    return customer == null ? null : customer.id();
  }

  /** The member a cell changes or removes: its own if it may, otherwise the holder. */
  String targetOf(Cell cell) {
    return targets.getOrDefault(cell, holder);
  }

  String holder() {
    return holder;
  }

  /** A license nobody holds: the cell's own if it may assign it, otherwise the shared one. */
  String freeLicenseOf(Cell cell) {
    return freeLicenses.getOrDefault(cell, freeLicense);
  }

  /** The license a member seat holds; the holder's for those who are no member. */
  String heldLicenseOf(Seat seat) {
    return heldLicenses.getOrDefault(seat, holdersLicense);
  }

  /** An invitation to revoke: the cell's own if it may, otherwise the shared one. */
  String invitationOf(Cell cell) {
    return invitations.getOrDefault(cell, sharedInvitation);
  }

  String sharedInvitation() {
    return sharedInvitation;
  }

  String subscription() {
    return subscription;
  }

  /** A subscription to cancel: the cell's own if it may, otherwise the shared one. */
  String subscriptionToCancelOf(Cell cell) {
    return subscriptionsToCancel.getOrDefault(cell, subscription);
  }

  /** The ids of the organization's licenses that the account holds, as the founder sees them. */
  List<String> licensesHeldBy(String accountId) {
    List<String> held = new ArrayList<>();
    for (JsonNode license : team.licensesSeenBy(team.founder().accessToken())) {
      JsonNode assignee = license.get("assignee");
      if (!assignee.isNull() && assignee.get("id").asText().equals(accountId)) {
        held.add(license.get("id").asText());
      }
    }
    return held;
  }
}
