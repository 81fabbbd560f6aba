package org.openlicensing.api.invoices;

import java.util.List;
import java.util.UUID;
import org.openlicensing.api.auth.Caller;
import org.openlicensing.api.auth.ClientInfo;

/** Refunds of paid invoices, for platform admins; each makes a credit note and an audit event. */
public interface RefundService {
  /**
   * Gives back part or all of what an invoice was paid, through the gateway that collected it. More
   * than is left (paid less refunded) is REFUND_EXCEEDS_PAYMENT, and nothing happens.
   *
   * @param amount in minor units of the invoice's currency, positive
   * @param idempotencyKey the client's key: the same key again answers the same credit note
   */
  CreditNote refund(
      Caller caller,
      UUID invoiceId,
      Long amount,
      String reason,
      String idempotencyKey,
      ClientInfo client);

  /** The credit notes of an invoice, oldest first. */
  List<CreditNote> creditNotes(Caller caller, UUID invoiceId);
}
