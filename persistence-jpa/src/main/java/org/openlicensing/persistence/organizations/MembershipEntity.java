package org.openlicensing.persistence.organizations;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import org.openlicensing.api.organizations.Membership;
import org.openlicensing.api.organizations.OrganizationRole;

/** A row of {@code memberships}: its key is the organization and the account. */
@Entity(name = "Membership")
@Table(name = "memberships")
@IdClass(MembershipEntity.Key.class)
public class MembershipEntity {
  @Id
  @Column(name = "organization_id")
  private UUID organizationId;

  @Id
  @Column(name = "account_id")
  private UUID accountId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private OrganizationRole role;

  @Column(name = "joined_at", nullable = false)
  private Instant joinedAt;

  protected MembershipEntity() {}

  static MembershipEntity of(Membership membership) {
    MembershipEntity entity = new MembershipEntity();
    entity.organizationId = membership.organizationId();
    entity.accountId = membership.accountId();
    entity.role = membership.role();
    entity.joinedAt = membership.joinedAt();
    return entity;
  }

  OrganizationRole role() {
    return role;
  }

  Membership toMembership() {
    return new Membership(organizationId, accountId, role, joinedAt);
  }

  /** The primary key, as JPA wants it: a class with the id fields' names and types. */
  public static class Key implements Serializable {
    private static final long serialVersionUID = 1L;

    private UUID organizationId;
    private UUID accountId;

    public Key() {}

    Key(UUID organizationId, UUID accountId) {
      this.organizationId = organizationId;
      this.accountId = accountId;
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof Key key
          && Objects.equals(organizationId, key.organizationId)
          && Objects.equals(accountId, key.accountId);
    }

    @Override
    public int hashCode() {
      return Objects.hash(organizationId, accountId);
    }
  }
}
