package org.openlicensing.core.testing;

import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.openlicensing.api.organizations.Invitation;
import org.openlicensing.core.organizations.InvitationRepository;

/**
 * Invitations with their token hashes, keeping the two uniqueness rules of the table: a token hash
 * is used once, and an organization has one open invitation per address. Transactions run one at a
 * time, so {@link #lockByTokenHash} has nothing to wait for.
 */
final class InMemoryInvitationRepository implements InvitationRepository {
  /** An invitation, the hash of its token, and who accepted it. */
  private record Row(Invitation invitation, String tokenHash, Optional<UUID> acceptedBy) {
    boolean open() {
      return invitation.acceptedAt().isEmpty() && invitation.revokedAt().isEmpty();
    }

    boolean openTo(UUID organizationId, String email) {
      return open()
          && invitation.organizationId().equals(organizationId)
          && invitation.email().equals(email);
    }
  }

  private final InMemoryTable<UUID, Row> invitations;

  InMemoryInvitationRepository(InMemoryTransactions transactions) {
    this.invitations = transactions.table("invitations");
  }

  @Override
  public void insertAll(List<NewInvitation> batch) {
    for (NewInvitation row : batch) {
      Invitation invitation = row.invitation();
      if (invitation.acceptedAt().isPresent() || invitation.revokedAt().isPresent()) {
        throw new IllegalArgumentException("a new invitation is open: " + invitation.id());
      }
      invitations.requireUnique(!invitations.containsKey(invitation.id()), "id");
      requireFreeTokenHash(row.tokenHash());
      invitations.requireUnique(
          rows().noneMatch(r -> r.openTo(invitation.organizationId(), invitation.email())),
          "organization_id, open_email");
      invitations.put(invitation.id(), new Row(invitation, row.tokenHash(), Optional.empty()));
    }
  }

  private void requireFreeTokenHash(String tokenHash) {
    invitations.requireUnique(rows().noneMatch(r -> r.tokenHash().equals(tokenHash)), "token_hash");
  }

  @Override
  public Optional<Invitation> findById(UUID id) {
    return invitations.get(id).map(Row::invitation);
  }

  @Override
  public List<Invitation> findOpen(UUID organizationId, Collection<String> emails) {
    Set<String> wanted = new HashSet<>(emails);
    return rows()
        .filter(r -> r.open() && r.invitation().organizationId().equals(organizationId))
        .map(Row::invitation)
        .filter(i -> wanted.contains(i.email()))
        .toList();
  }

  @Override
  public List<Invitation> listOpen(UUID organizationId, UUID afterId, int limit) {
    return rows()
        .filter(r -> r.open() && r.invitation().organizationId().equals(organizationId))
        .map(Row::invitation)
        .filter(i -> afterId == null || UuidOrder.ASCENDING.compare(i.id(), afterId) > 0)
        .sorted((a, b) -> UuidOrder.ASCENDING.compare(a.id(), b.id()))
        .limit(limit)
        .toList();
  }

  /** Transactions run one at a time here, so the lock is held already. */
  @Override
  public Optional<Invitation> lockByTokenHash(String tokenHash) {
    return findByTokenHash(tokenHash);
  }

  @Override
  public Optional<Invitation> findByTokenHash(String tokenHash) {
    return rows().filter(r -> r.tokenHash().equals(tokenHash)).map(Row::invitation).findFirst();
  }

  /** Only open invitations are renewed; a closed one keeps what it had when it closed. */
  @Override
  public void renewAll(List<Renewal> renewals) {
    for (Renewal renewal : renewals) {
      Optional<Row> found = invitations.get(renewal.id()).filter(Row::open);
      if (found.isEmpty()) {
        continue;
      }
      Invitation i = found.get().invitation();
      invitations.requireUnique(
          rows()
              .noneMatch(
                  r ->
                      r.tokenHash().equals(renewal.tokenHash())
                          && !r.invitation().id().equals(i.id())),
          "token_hash");
      Invitation renewed =
          new Invitation(
              i.id(),
              i.organizationId(),
              i.email(),
              renewal.role(),
              Optional.ofNullable(renewal.invitedBy()),
              i.createdAt(),
              renewal.expiresAt(),
              Optional.empty(),
              Optional.empty());
      invitations.put(i.id(), new Row(renewed, renewal.tokenHash(), Optional.empty()));
    }
  }

  @Override
  public boolean markAccepted(UUID id, UUID accountId, Instant at) {
    return close(id, Optional.of(at), Optional.empty(), Optional.of(accountId));
  }

  @Override
  public boolean revoke(UUID id, Instant at) {
    return close(id, Optional.empty(), Optional.of(at), Optional.empty());
  }

  private boolean close(
      UUID id, Optional<Instant> acceptedAt, Optional<Instant> revokedAt, Optional<UUID> by) {
    Optional<Row> found = invitations.get(id).filter(Row::open);
    found.ifPresent(
        row -> {
          Invitation i = row.invitation();
          Invitation closed =
              new Invitation(
                  i.id(),
                  i.organizationId(),
                  i.email(),
                  i.role(),
                  i.invitedBy(),
                  i.createdAt(),
                  i.expiresAt(),
                  acceptedAt,
                  revokedAt);
          invitations.put(id, new Row(closed, row.tokenHash(), by));
        });
    return found.isPresent();
  }

  private Stream<Row> rows() {
    return invitations.all().stream();
  }
}
