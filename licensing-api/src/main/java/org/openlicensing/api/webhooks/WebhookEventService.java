package org.openlicensing.api.webhooks;

import java.util.UUID;
import org.openlicensing.api.Page;
import org.openlicensing.api.auth.ClientInfo;
import org.openlicensing.api.auth.Principal;

/**
 * The inbox of provider events, for platform admins (FORBIDDEN for anyone else): what arrived, how
 * its processing went, and a replay for an event that should be handled again.
 */
public interface WebhookEventService {

  /** Newest arrival first, {@code limit} events at a time, without their payloads. */
  Page<WebhookEvent> list(Principal admin, WebhookEventQuery query, String cursor, int limit);

  /** One event with its payload; NOT_FOUND if there is none with this id. */
  WebhookEvent get(Principal admin, UUID id);

  /**
   * Makes the event due again at once, with its attempts counted from zero, and writes the replay
   * to the audit log. CONFLICT while a worker is processing it.
   */
  WebhookEvent replay(Principal admin, UUID id, ClientInfo client);
}
