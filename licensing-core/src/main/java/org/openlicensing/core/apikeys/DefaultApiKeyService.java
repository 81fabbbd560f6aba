package org.openlicensing.core.apikeys;

import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.openlicensing.api.LicensingException;
import org.openlicensing.api.apikeys.ApiKey;
import org.openlicensing.api.apikeys.ApiKeyScope;
import org.openlicensing.api.apikeys.ApiKeyService;
import org.openlicensing.api.apikeys.CreatedApiKey;
import org.openlicensing.api.auth.Caller;
import org.openlicensing.api.auth.ClientInfo;
import org.openlicensing.core.audit.AuditEntry;
import org.openlicensing.core.audit.AuditLog;
import org.openlicensing.core.organizations.OrganizationAccess;
import org.openlicensing.core.persistence.Transactions;
import org.openlicensing.core.support.FieldChecks;
import org.openlicensing.core.support.Ids;
import org.openlicensing.core.support.Secrets;

/** Creating, listing and revoking an organization's API keys; every change is audited. */
public final class DefaultApiKeyService implements ApiKeyService {
  private static final int MAX_NAME_LENGTH = 100;

  private final Transactions transactions;
  private final ApiKeyRepository keys;
  private final OrganizationAccess access;
  private final AuditLog audit;
  private final Clock clock;

  public DefaultApiKeyService(
      Transactions transactions,
      ApiKeyRepository keys,
      OrganizationAccess access,
      AuditLog audit,
      Clock clock) {
    this.transactions = transactions;
    this.keys = keys;
    this.access = access;
    this.audit = audit;
    this.clock = clock;
  }

  @Override
  public CreatedApiKey create(
      Caller caller, UUID organizationId, String name, Set<ApiKeyScope> scopes, ClientInfo client) {
    FieldChecks checks = new FieldChecks();
    String checkedName = checks.text("name", name, MAX_NAME_LENGTH);
    if (scopes == null || scopes.isEmpty() || scopes.stream().anyMatch(Objects::isNull)) {
      checks.reject("scopes", "must name at least one of READ, WRITE, ADMIN, and nothing else");
    }
    checks.throwIfAny();
    ApiKeySecrets.NewKey secret = ApiKeySecrets.generate();
    UUID createdBy =
        caller instanceof Caller.AccountCaller account ? account.principal().accountId() : null;
    ApiKey key =
        new ApiKey(
            Ids.newId(clock),
            organizationId,
            checkedName,
            secret.prefix(),
            scopes,
            clock.instant(),
            Optional.ofNullable(createdBy),
            Optional.empty(),
            Optional.empty());
    transactions.run(
        () -> {
          access.requireKeyManager(caller, organizationId);
          keys.insert(key, Secrets.hash(secret.secret()));
          audit.record(
              caller,
              AuditEntry.onApiKey("api_key.created", key.id(), organizationId)
                  .with("prefix", key.prefix())
                  .with("scopes", scopes.stream().map(Enum::name).sorted().toList().toString()),
              client);
        });
    return new CreatedApiKey(key, secret.secret());
  }

  @Override
  public List<ApiKey> list(Caller caller, UUID organizationId) {
    return transactions.inTransaction(
        () -> {
          access.requireKeyManager(caller, organizationId);
          return keys.findByOrganization(organizationId);
        });
  }

  @Override
  public void revoke(Caller caller, UUID organizationId, UUID apiKeyId, ClientInfo client) {
    transactions.run(
        () -> {
          access.requireKeyManager(caller, organizationId);
          boolean ownKey =
              keys.findByOrganization(organizationId).stream()
                  .anyMatch(k -> k.id().equals(apiKeyId));
          if (!ownKey) {
            throw LicensingException.notFound("API key");
          }
          if (keys.revoke(apiKeyId, clock.instant())) {
            audit.record(
                caller, AuditEntry.onApiKey("api_key.revoked", apiKeyId, organizationId), client);
          }
        });
  }
}
