package org.openlicensing.persistence.organizations;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.openlicensing.api.organizations.Organization;

/** A row of {@code organizations}. */
@Entity(name = "Organization")
@Table(name = "organizations")
public class OrganizationEntity {
  @Id private UUID id;

  @Column(nullable = false)
  private String name;

  @Column(nullable = false)
  private boolean personal;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  protected OrganizationEntity() {}

  static OrganizationEntity of(Organization organization) {
    OrganizationEntity entity = new OrganizationEntity();
    entity.id = organization.id();
    entity.name = organization.name();
    entity.personal = organization.personal();
    entity.createdAt = organization.createdAt();
    return entity;
  }

  Organization toOrganization() {
    return new Organization(id, name, personal, createdAt);
  }
}
