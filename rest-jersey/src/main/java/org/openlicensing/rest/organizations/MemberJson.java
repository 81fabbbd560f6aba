package org.openlicensing.rest.organizations;

import java.time.Instant;
import java.util.UUID;
import org.openlicensing.api.organizations.Member;
import org.openlicensing.api.organizations.MemberRemoval;

/** A member of an organization. */
public record MemberJson(UUID accountId, String email, String name, String role, Instant joinedAt) {
  static MemberJson of(Member m) {
    return new MemberJson(m.accountId(), m.email(), m.name(), m.role().name(), m.joinedAt());
  }

  /** What removing a member undid. */
  public record RemovalJson(UUID accountId, int licensesUnassigned, int devicesDeactivated) {
    static RemovalJson of(MemberRemoval r) {
      return new RemovalJson(r.accountId(), r.licensesUnassigned(), r.devicesDeactivated());
    }
  }
}
