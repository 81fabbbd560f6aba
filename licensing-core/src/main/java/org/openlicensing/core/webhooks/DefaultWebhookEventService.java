package org.openlicensing.core.webhooks;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.openlicensing.api.ErrorCode;
import org.openlicensing.api.LicensingException;
import org.openlicensing.api.Page;
import org.openlicensing.api.auth.Caller;
import org.openlicensing.api.auth.ClientInfo;
import org.openlicensing.api.auth.Principal;
import org.openlicensing.api.webhooks.WebhookEvent;
import org.openlicensing.api.webhooks.WebhookEventQuery;
import org.openlicensing.api.webhooks.WebhookEventService;
import org.openlicensing.core.audit.AuditEntry;
import org.openlicensing.core.audit.AuditLog;
import org.openlicensing.core.persistence.Transactions;
import org.openlicensing.core.support.Cursors;
import org.openlicensing.core.support.FieldChecks;

/** The inbox for platform admins; a replay is written to the audit log with the event it reset. */
public final class DefaultWebhookEventService implements WebhookEventService {
  public static final int MAX_PAGE_SIZE = 500;

  private final Transactions transactions;
  private final InboundEventRepository events;
  private final AuditLog audit;
  private final Clock clock;

  public DefaultWebhookEventService(
      Transactions transactions, InboundEventRepository events, AuditLog audit, Clock clock) {
    this.transactions = transactions;
    this.events = events;
    this.audit = audit;
    this.clock = clock;
  }

  @Override
  public Page<WebhookEvent> list(
      Principal admin, WebhookEventQuery query, String cursor, int limit) {
    requireAdmin(admin);
    WebhookEventQuery checked = check(query);
    Cursors.requireLimit(limit, MAX_PAGE_SIZE);
    UUID before = Cursors.decodeId(cursor);
    List<WebhookEvent> rows =
        transactions.inTransaction(() -> events.search(checked, before, limit + 1));
    return Cursors.page(rows, limit, event -> Cursors.encodeId(event.id()));
  }

  @Override
  public WebhookEvent get(Principal admin, UUID id) {
    requireAdmin(admin);
    return transactions
        .inTransaction(() -> events.find(id))
        .map(event -> event.view(true))
        .orElseThrow(() -> LicensingException.notFound("webhook event"));
  }

  @Override
  public WebhookEvent replay(Principal admin, UUID id, ClientInfo client) {
    requireAdmin(admin);
    return transactions.inTransaction(
        () -> {
          InboundEvent before =
              events.find(id).orElseThrow(() -> LicensingException.notFound("webhook event"));
          if (!events.resetForReplay(id, clock.instant())) {
            throw new LicensingException(
                ErrorCode.CONFLICT, "the event is being processed; replay it once that is over");
          }
          audit.record(
              new Caller.AccountCaller(admin),
              new AuditEntry("webhook_event.replayed", "webhook_event", id, null, Map.of())
                  .with("provider", before.provider())
                  .with("eventId", before.eventId())
                  .with("type", before.type())
                  .with("previousStatus", before.status().name())
                  .with("previousAttempts", Integer.toString(before.attempts())),
              client);
          return events.find(id).orElseThrow().view(true);
        });
  }

  private static void requireAdmin(Principal admin) {
    if (admin == null || !admin.isPlatformAdmin()) {
      throw new LicensingException(ErrorCode.FORBIDDEN, "this needs a platform ADMIN");
    }
  }

  private static WebhookEventQuery check(WebhookEventQuery query) {
    WebhookEventQuery q = query == null ? WebhookEventQuery.everything() : query;
    FieldChecks checks = new FieldChecks();
    String provider =
        checks.optionalText("provider", q.provider(), InboundEvent.MAX_PROVIDER_LENGTH);
    String type = checks.optionalText("type", q.type(), InboundEvent.MAX_TYPE_LENGTH);
    if (q.from() != null && q.to() != null && !q.from().isBefore(q.to())) {
      checks.reject("to", "must be after from");
    }
    checks.throwIfAny();
    return new WebhookEventQuery(provider, q.status(), type, q.from(), q.to());
  }
}
