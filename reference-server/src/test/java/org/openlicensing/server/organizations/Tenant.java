package org.openlicensing.server.organizations;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.openlicensing.server.testing.ApiClient;
import org.openlicensing.server.testing.ApiResponse;
import org.openlicensing.server.testing.Customer;
import org.openlicensing.server.testing.Mailbox;

/**
 * A customer organization with one object of every kind that an endpoint takes the id of: the
 * organization, a member, an open invitation, an API key, a subscription, its invoice, a license, a
 * device's activation and the owner's session.
 */
final class Tenant {

  /** The kinds of objects that endpoints name by id in their paths. */
  enum IdKind {
    ORGANIZATION,
    MEMBER,
    INVITATION,
    API_KEY,
    SUBSCRIPTION,
    INVOICE,
    LICENSE,
    ACTIVATION,
    SESSION
  }

  private final Team team;
  private final Map<IdKind, String> ids = new EnumMap<>(IdKind.class);

  private Tenant(Team team) {
    this.team = team;
  }

  static Tenant create(ApiClient api, Mailbox mailbox, Customer owner, String name) {
    Tenant tenant = new Tenant(Team.create(api, mailbox, owner, name));
    Team team = tenant.team;
    String bearer = owner.accessToken();
    Map<IdKind, String> ids = tenant.ids;
    ids.put(IdKind.ORGANIZATION, team.id());
    String member = Team.newAddress("member");
    String invited = Team.newAddress("invited");
    team.invitedInBulk(Map.of(member, "MEMBER"));
    ids.put(IdKind.INVITATION, team.invited(invited, "MEMBER").get("id").asText());
    ApiResponse key =
        api.post(
            team.path("/api-keys"), Map.of("name", "sweep", "scopes", List.of("READ")), bearer);
    assertThat(key.status()).as("%s", key).isEqualTo(201);
    ids.put(IdKind.API_KEY, key.json().get("key").get("id").asText());
    ids.put(IdKind.SUBSCRIPTION, team.bought(1).get("id").asText());
    ApiResponse invoices = api.get("/v1/invoices?organizationId=" + team.id(), bearer);
    assertThat(invoices.status()).as("%s", invoices).isEqualTo(200);
    ids.put(IdKind.INVOICE, invoices.json().get("items").get(0).get("id").asText());
    JsonNode license = team.licensesSeenBy(bearer).get(0);
    ids.put(IdKind.LICENSE, license.get("id").asText());
    ApiResponse activation =
        api.post(
            "/v1/activations",
            Map.of("licenseKey", license.get("key").asText(), "fingerprint", "sweep-device"));
    assertThat(activation.status()).as("%s", activation).isEqualTo(201);
    ids.put(IdKind.ACTIVATION, activation.field("id"));
    ApiResponse sessions = api.get("/v1/me/sessions", bearer);
    assertThat(sessions.status()).as("%s", sessions).isEqualTo(200);
    ids.put(IdKind.SESSION, sessions.json().get("items").get(0).get("id").asText());
    ids.put(IdKind.MEMBER, team.enrol(member, 1));
    return tenant;
  }

  Team team() {
    return team;
  }

  String id(IdKind kind) {
    return ids.get(kind);
  }

  Map<IdKind, String> ids() {
    return Map.copyOf(ids);
  }

  String bearer() {
    return team.founder().accessToken();
  }
}
