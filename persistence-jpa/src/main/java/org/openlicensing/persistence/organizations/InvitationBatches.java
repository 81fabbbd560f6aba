package org.openlicensing.persistence.organizations;

import jakarta.persistence.EntityManager;
import java.util.List;
import org.openlicensing.api.organizations.Invitation;
import org.openlicensing.core.organizations.InvitationRepository.NewInvitation;
import org.openlicensing.core.organizations.InvitationRepository.Renewal;
import org.openlicensing.persistence.JdbcBatch;

/**
 * The bulk writes of invitations, as an organization invites a list of addresses at once: JDBC
 * batches of {@link JdbcBatch#SIZE} rows on the transaction's connection.
 */
final class InvitationBatches {
  /** A new invitation is open: its open address is its address. */
  private static final String INSERT =
      "INSERT INTO invitations (id, organization_id, email, role, token_hash, invited_by,"
          + " created_at, expires_at, open_email) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)";

  /** Only an open invitation is renewed; a closed one keeps what it had when it closed. */
  private static final String RENEW =
      "UPDATE invitations SET token_hash = ?, role = ?, invited_by = ?, expires_at = ?"
          + " WHERE id = ? AND open_email IS NOT NULL";

  private InvitationBatches() {}

  static void insertAll(EntityManager em, List<NewInvitation> invitations) {
    for (NewInvitation invitation : invitations) {
      Invitation i = invitation.invitation();
      if (i.acceptedAt().isPresent() || i.revokedAt().isPresent()) {
        throw new IllegalArgumentException("a new invitation is open: " + i.id());
      }
    }
    JdbcBatch.execute(
        em,
        INSERT,
        invitations,
        (statement, row) -> {
          Invitation invitation = row.invitation();
          statement.setObject(1, invitation.id());
          statement.setObject(2, invitation.organizationId());
          statement.setString(3, invitation.email());
          statement.setString(4, invitation.role().name());
          statement.setString(5, row.tokenHash());
          JdbcBatch.setUuid(statement, 6, invitation.invitedBy().orElse(null));
          JdbcBatch.setInstant(statement, 7, invitation.createdAt());
          JdbcBatch.setInstant(statement, 8, invitation.expiresAt());
          statement.setString(9, invitation.email());
        });
  }

  static void renewAll(EntityManager em, List<Renewal> renewals) {
    JdbcBatch.execute(
        em,
        RENEW,
        renewals,
        (statement, renewal) -> {
          statement.setString(1, renewal.tokenHash());
          statement.setString(2, renewal.role().name());
          JdbcBatch.setUuid(statement, 3, renewal.invitedBy());
          JdbcBatch.setInstant(statement, 4, renewal.expiresAt());
          statement.setObject(5, renewal.id());
        });
  }
}
