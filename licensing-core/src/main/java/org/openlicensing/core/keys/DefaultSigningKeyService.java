package org.openlicensing.core.keys;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.openlicensing.api.ErrorCode;
import org.openlicensing.api.LicensingException;
import org.openlicensing.api.admin.SigningKeyService;
import org.openlicensing.api.admin.SigningKeyView;
import org.openlicensing.api.auth.Caller;
import org.openlicensing.api.auth.ClientInfo;
import org.openlicensing.core.audit.AuditEntry;
import org.openlicensing.core.audit.AuditLog;
import org.openlicensing.core.persistence.Transactions;
import org.openlicensing.core.support.Callers;

/** Lists and rotates the key ring's keys; rotation is for super admins and audited. */
public final class DefaultSigningKeyService implements SigningKeyService {
  private final KeyRing keys;
  private final Transactions transactions;
  private final AuditLog audit;

  public DefaultSigningKeyService(KeyRing keys, Transactions transactions, AuditLog audit) {
    this.keys = keys;
    this.transactions = transactions;
    this.audit = audit;
  }

  @Override
  public List<SigningKeyView> list(Caller caller) {
    Callers.requirePlatformAdmin(caller);
    return views();
  }

  @Override
  public List<SigningKeyView> rotate(Caller caller, String purpose, ClientInfo client) {
    Caller.AccountCaller admin = Callers.requirePlatformAdmin(caller);
    if (!admin.principal().isSuperAdmin()) {
      throw new LicensingException(ErrorCode.FORBIDDEN, "only a SUPER_ADMIN may rotate keys");
    }
    KeyPurpose which = purposeOf(purpose);
    String before =
        keys.entries().stream()
            .filter(e -> e.purpose() == which && e.retiredAt().isEmpty())
            .map(SigningKeyEntry::kid)
            .collect(Collectors.joining(","));
    keys.rotate(which);
    String after =
        which == KeyPurpose.LICENSE_TOKENS
            ? keys.licenseKey().getKeyID()
            : keys.accessTokenKey().getKeyID();
    transactions.run(
        () ->
            audit.record(
                caller,
                new AuditEntry("signing_key.rotated", "signing_key", null, null, Map.of())
                    .with("purpose", which.name())
                    .with("retired", before)
                    .with("signing", after),
                client));
    return views();
  }

  private static KeyPurpose purposeOf(String purpose) {
    for (KeyPurpose candidate : KeyPurpose.values()) {
      if (candidate.name().equals(purpose)) {
        return candidate;
      }
    }
    throw LicensingException.invalid("purpose", "must be LICENSE_TOKENS or ACCESS_TOKENS");
  }

  private List<SigningKeyView> views() {
    Set<String> published =
        keys.publicKeys().getKeys().stream().map(k -> k.getKeyID()).collect(Collectors.toSet());
    Set<String> signing = Set.of(keys.licenseKey().getKeyID(), keys.accessTokenKey().getKeyID());
    return keys.entries().stream()
        .sorted(Comparator.comparing(SigningKeyEntry::createdAt).reversed())
        .map(
            e ->
                new SigningKeyView(
                    e.kid(),
                    e.purpose().name(),
                    e.purpose() == KeyPurpose.LICENSE_TOKENS ? "EdDSA" : "RS256",
                    e.createdAt(),
                    e.retiredAt(),
                    signing.contains(e.kid()),
                    published.contains(e.kid())))
        .toList();
  }
}
