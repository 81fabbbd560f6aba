package org.openlicensing.server.apikeys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openlicensing.server.testing.Problems.assertProblem;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openlicensing.server.testing.ApiResponse;
import org.openlicensing.server.testing.Customer;
import org.openlicensing.server.testing.ServerTestBase;
import org.openlicensing.server.testing.SignIn;

/**
 * API keys for server-to-server callers, over HTTP: shown once, scoped (READ, WRITE, ADMIN),
 * revocable, and confined to their organization; another organization's ids answer 404.
 */
public abstract class ApiKeysHttpContract extends ServerTestBase {
  private static final String SECRET_FORMAT = "olk_[0-9a-z]{12}_[A-Za-z0-9_-]{43}";

  private static String keysOf(String organizationId) {
    return "/v1/organizations/" + organizationId + "/api-keys";
  }

  private ApiResponse createKey(String organizationId, String bearer, String... scopes) {
    return api.post(
        keysOf(organizationId),
        Map.of("name", "server " + UUID.randomUUID(), "scopes", List.of(scopes)),
        bearer);
  }

  /** A new key of the customer's own organization; returns the secret. */
  private String keyOf(Customer owner, String... scopes) {
    ApiResponse created = createKey(owner.organizationId(), owner.accessToken(), scopes);
    assertThat(created.status()).as("%s", created).isEqualTo(201);
    return created.field("secret");
  }

  /** The visible part of a key: {@code olk_} and 12 characters. */
  private static String prefixOf(String secret) {
    return secret.substring(0, 16);
  }

  private static String idOf(ApiResponse created) {
    return created.json().get("key").get("id").asText();
  }

  private List<JsonNode> listKeys(String organizationId, String bearer) {
    ApiResponse list = api.get(keysOf(organizationId), bearer);
    assertThat(list.status()).as("%s", list).isEqualTo(200);
    List<JsonNode> items = new ArrayList<>();
    list.json().get("items").forEach(items::add);
    return items;
  }

  private ApiResponse buy(String bearer) {
    return api.post(
        "/v1/subscriptions",
        Map.of(
            "plan",
            "basic",
            "seats",
            2,
            "billingPeriod",
            "MONTHLY",
            "paymentMethod",
            "pm_card_visa"),
        bearer);
  }

  @Test
  void aNewKeyShowsItsSecretOnceWithoutCaching() {
    Customer owner = newCustomer();

    ApiResponse created = createKey(owner.organizationId(), owner.accessToken(), "READ");

    assertThat(created.status()).as("%s", created).isEqualTo(201);
    assertThat(created.header("Cache-Control")).contains("no-store");
    String secret = created.field("secret");
    assertThat(secret).matches(SECRET_FORMAT);
    JsonNode key = created.json().get("key");
    assertThat(secret).startsWith(key.get("prefix").asText() + "_");
    assertThat(key.get("organizationId").asText()).isEqualTo(owner.organizationId());
    assertThat(key.get("scopes").toString()).isEqualTo("[\"READ\"]");
    assertThat(key.get("createdBy").asText()).isEqualTo(owner.id());
    assertThat(key.get("revokedAt").isNull()).isTrue();
    assertThat(created.header("Location"))
        .endsWith(keysOf(owner.organizationId()) + "/" + idOf(created));
  }

  @Test
  void theListShowsTheKeyButNeverItsSecret() {
    Customer owner = newCustomer();
    ApiResponse created = createKey(owner.organizationId(), owner.accessToken(), "READ");
    String secret = created.field("secret");

    ApiResponse list = api.get(keysOf(owner.organizationId()), owner.accessToken());

    assertThat(list.json().get("items").findValuesAsText("id")).containsExactly(idOf(created));
    assertThat(list.text()).doesNotContain(secret.substring(prefixOf(secret).length() + 1));
    assertThat(list.json().get("items").get(0).has("secret")).isFalse();
  }

  @Test
  void aKeyWithoutScopesIsRefused() {
    Customer owner = newCustomer();

    ApiResponse answer = createKey(owner.organizationId(), owner.accessToken());

    assertProblem(answer, 400, "VALIDATION_FAILED", "scopes");
  }

  @Test
  void aReadKeyListsTheOrganizationsLicenses() {
    Customer owner = newCustomer();
    List<String> licenseIds =
        owner.subscribeAndListLicenses("basic", 2).stream().map(l -> l.get("id").asText()).toList();
    String key = keyOf(owner, "READ");

    ApiResponse licenses = api.get("/v1/licenses", key);

    assertThat(licenses.status()).as("%s", licenses).isEqualTo(200);
    assertThat(licenses.json().get("items").findValuesAsText("id"))
        .containsExactlyInAnyOrderElementsOf(licenseIds);
  }

  @Test
  void aReadKeyCannotBuy() {
    Customer owner = newCustomer();
    String key = keyOf(owner, "READ");

    ApiResponse answer = buy(key);

    assertProblem(answer, 403, "FORBIDDEN");
    assertThat(owner.licenses()).isEmpty();
  }

  @Test
  void aWriteKeyBuysForItsOrganization() {
    Customer owner = newCustomer();
    String key = keyOf(owner, "WRITE");

    ApiResponse bought = buy(key);

    assertThat(bought.status()).as("%s", bought).isEqualTo(201);
    assertThat(bought.field("organizationId")).isEqualTo(owner.organizationId());
    assertThat(owner.licenses()).hasSize(2);
    ApiResponse subscriptions = api.get("/v1/subscriptions", owner.accessToken());
    assertThat(subscriptions.json().get("items").findValuesAsText("id"))
        .containsExactly(bought.field("id"));
  }

  @Test
  void aWriteKeyCannotBuyForAnotherOrganization() {
    Customer owner = newCustomer();
    Customer other = newCustomer();
    String key = keyOf(owner, "WRITE");

    ApiResponse answer =
        api.post(
            "/v1/subscriptions",
            Map.of(
                "organizationId",
                other.organizationId(),
                "plan",
                "basic",
                "seats",
                1,
                "billingPeriod",
                "MONTHLY",
                "paymentMethod",
                "pm_card_visa"),
            key);

    assertProblem(answer, 404, "NOT_FOUND");
    assertThat(other.licenses()).isEmpty();
  }

  @Test
  void anAdminKeyListsTheKeys() {
    Customer owner = newCustomer();
    String readKey = keyOf(owner, "READ");
    String adminKey = keyOf(owner, "ADMIN");

    List<JsonNode> keys = listKeys(owner.organizationId(), adminKey);

    assertThat(keys).hasSize(2);
    assertThat(keys.stream().map(k -> k.get("prefix").asText()))
        .containsExactlyInAnyOrder(prefixOf(readKey), prefixOf(adminKey));
  }

  @ParameterizedTest
  @ValueSource(strings = {"READ", "WRITE"})
  void aKeyWithoutTheAdminScopeCannotManageKeys(String scope) {
    Customer owner = newCustomer();
    String key = keyOf(owner, scope);

    assertProblem(api.get(keysOf(owner.organizationId()), key), 403, "FORBIDDEN");
    assertProblem(createKey(owner.organizationId(), key, "ADMIN"), 403, "FORBIDDEN");
  }

  @Test
  void aRevokedKeyIsUnauthenticated() {
    Customer owner = newCustomer();
    ApiResponse created = createKey(owner.organizationId(), owner.accessToken(), "READ");
    String key = created.field("secret");
    assertThat(api.get("/v1/licenses", key).status()).isEqualTo(200);

    ApiResponse revoked =
        api.delete(keysOf(owner.organizationId()) + "/" + idOf(created), owner.accessToken());

    assertThat(revoked.status()).as("%s", revoked).isEqualTo(204);
    assertProblem(api.get("/v1/licenses", key), 401, "UNAUTHENTICATED");
    assertThat(
            listKeys(owner.organizationId(), owner.accessToken()).get(0).get("revokedAt").isNull())
        .isFalse();
  }

  @Test
  void aKeysLastUseIsRecorded() {
    Customer owner = newCustomer();
    String key = keyOf(owner, "READ");
    assertThat(
            listKeys(owner.organizationId(), owner.accessToken()).get(0).get("lastUsedAt").isNull())
        .isTrue();

    api.get("/v1/licenses", key);

    assertThat(
            listKeys(owner.organizationId(), owner.accessToken()).get(0).get("lastUsedAt").isNull())
        .isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"/v1/me", "/v1/me/sessions"})
  void anApiKeyIsForbiddenWhereAPersonMustSignIn(String path) {
    Customer owner = newCustomer();
    String key = keyOf(owner, "ADMIN");

    assertProblem(api.get(path, key), 403, "FORBIDDEN");
  }

  @Test
  void anUnknownOrMalformedKeyIsUnauthenticated() {
    Customer owner = newCustomer();
    String key = keyOf(owner, "READ");
    String unknown = key.substring(0, key.length() - 4) + (key.endsWith("AAAA") ? "BBBB" : "AAAA");

    assertProblem(api.get("/v1/licenses", unknown), 401, "UNAUTHENTICATED");
    assertProblem(api.get("/v1/licenses", "olk_not-a-key"), 401, "UNAUTHENTICATED");
    assertProblem(api.get("/v1/licenses", key.substring(0, 17)), 401, "UNAUTHENTICATED");
  }

  // Another organization's ids

  @Test
  void anotherOrganizationsKeysAreNotFoundToAnAccount() {
    Customer owner = newCustomer();
    Customer mallory = newCustomer();
    ApiResponse created = createKey(owner.organizationId(), owner.accessToken(), "READ");
    String keyPath = keysOf(owner.organizationId()) + "/" + idOf(created);
    String missingOrg = keysOf(UUID.randomUUID().toString());

    ApiResponse list = api.get(keysOf(owner.organizationId()), mallory.accessToken());
    ApiResponse create = createKey(owner.organizationId(), mallory.accessToken(), "ADMIN");
    ApiResponse delete = api.delete(keyPath, mallory.accessToken());

    assertProblem(list, 404, "NOT_FOUND");
    assertProblem(create, 404, "NOT_FOUND");
    assertProblem(delete, 404, "NOT_FOUND");
    assertThat(list.field("detail"))
        .isEqualTo(api.get(missingOrg, mallory.accessToken()).field("detail"));
    assertThat(api.get("/v1/licenses", created.field("secret")).status()).isEqualTo(200);
    assertThat(listKeys(owner.organizationId(), owner.accessToken())).hasSize(1);
  }

  @Test
  void anotherOrganizationsKeyIsNotFoundUnderMine() {
    Customer owner = newCustomer();
    Customer other = newCustomer();
    ApiResponse theirs = createKey(other.organizationId(), other.accessToken(), "READ");

    ApiResponse delete =
        api.delete(keysOf(owner.organizationId()) + "/" + idOf(theirs), owner.accessToken());

    assertProblem(delete, 404, "NOT_FOUND");
    assertThat(api.get("/v1/licenses", theirs.field("secret")).status()).isEqualTo(200);
  }

  @Test
  void anAdminKeyCannotReachAnotherOrganization() {
    Customer owner = newCustomer();
    Customer other = newCustomer();
    String adminKey = keyOf(owner, "ADMIN");
    ApiResponse theirs = createKey(other.organizationId(), other.accessToken(), "READ");

    assertProblem(api.get(keysOf(other.organizationId()), adminKey), 404, "NOT_FOUND");
    assertProblem(createKey(other.organizationId(), adminKey, "ADMIN"), 404, "NOT_FOUND");
    assertProblem(
        api.delete(keysOf(other.organizationId()) + "/" + idOf(theirs), adminKey),
        404,
        "NOT_FOUND");
    assertThat(api.get("/v1/licenses", theirs.field("secret")).status()).isEqualTo(200);
  }

  @Test
  void aPlatformAdminManagesTheKeysOfAnyOrganization() {
    Customer owner = newCustomer();
    String root = SignIn.superAdmin(api).accessToken();

    ApiResponse created = createKey(owner.organizationId(), root, "READ");

    assertThat(created.status()).as("%s", created).isEqualTo(201);
    assertThat(listKeys(owner.organizationId(), owner.accessToken())).hasSize(1);
    assertThat(api.delete(keysOf(owner.organizationId()) + "/" + idOf(created), root).status())
        .isEqualTo(204);
  }
}
