package org.openlicensing.core.security;

import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.openlicensing.api.auth.ClientInfo;
import org.openlicensing.api.security.SecurityEvent;
import org.openlicensing.api.security.SecurityEventType;
import org.openlicensing.core.persistence.Transactions;
import org.openlicensing.core.support.Ids;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Records what security monitoring should see. Each event is written in a transaction of its own:
 * the request it describes usually fails, and its record must stay.
 */
public final class SecurityLog {
  private static final Logger LOG = LoggerFactory.getLogger(SecurityLog.class);

  private final Transactions transactions;
  private final SecurityEventRepository repository;
  private final Clock clock;

  public SecurityLog(Transactions transactions, SecurityEventRepository repository, Clock clock) {
    this.transactions = transactions;
    this.repository = repository;
    this.clock = clock;
  }

  public void record(SecurityEventType type, UUID accountId, String email, ClientInfo client) {
    record(type, accountId, email, client, Map.of());
  }

  /** An event with details of its own, such as the licenses it concerns. */
  public void record(
      SecurityEventType type,
      UUID accountId,
      String email,
      ClientInfo client,
      Map<String, String> details) {
    SecurityEvent event =
        new SecurityEvent(
            Ids.newId(clock),
            clock.instant(),
            type,
            Optional.ofNullable(accountId),
            Optional.ofNullable(email),
            Optional.ofNullable(client.ipAddress()),
            Optional.ofNullable(client.userAgent()).map(SecurityLog::shorten),
            Optional.ofNullable(client.requestId()),
            details);
    LOG.info(
        "Security event {} account={} ip={} request={} details={}",
        type,
        accountId,
        client.ipAddress(),
        client.requestId(),
        details);
    transactions.run(() -> repository.append(event));
  }

  private static String shorten(String userAgent) {
    return userAgent.length() <= 255 ? userAgent : userAgent.substring(0, 255);
  }
}
