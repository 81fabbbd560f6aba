package org.openlicensing.server.billing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openlicensing.server.testing.Problems.assertProblem;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openlicensing.core.Licensing;
import org.openlicensing.server.testing.ApiClient.Download;
import org.openlicensing.server.testing.ApiResponse;
import org.openlicensing.server.testing.Customer;
import org.openlicensing.server.testing.Mailbox;
import org.openlicensing.server.testing.MovableClock;
import org.openlicensing.server.testing.ServerTestBase;
import org.openlicensing.server.testing.SignIn;

/**
 * Billing over HTTP against the real server: invoices with their PDF (also by e-mail, received by
 * GreenMail), changes of seats, cancellation and resumption, dunning with a moved clock, and the
 * admins' overview, actions and refunds.
 */
public abstract class BillingHttpContract extends ServerTestBase {
  private static final Duration PATIENCE = Duration.ofSeconds(20);
  private final MovableClock clock = new MovableClock();

  private Customer owner;
  private String organization;
  private String billingEmail;

  @Override
  protected void customize(Licensing.Builder builder) {
    builder.clock(clock);
  }

  @BeforeEach
  void organizationWithBillingDetails() {
    owner = newCustomer();
    billingEmail = "invoices+" + UUID.randomUUID().toString().substring(0, 8) + "@buyer.example";
    ApiResponse created =
        api.post(
            "/v1/organizations",
            Map.of(
                "name",
                "Buyer",
                "billing",
                Map.of(
                    "legalName",
                    "Buyer GmbH",
                    "address",
                    Map.of("line1", "Hauptstraße 1", "postalCode", "10115", "city", "Berlin"),
                    "country",
                    "DE",
                    "billingEmail",
                    billingEmail)),
            owner.accessToken());
    assertThat(created.status()).as("%s", created).isEqualTo(201);
    organization = created.field("id");
  }

  private JsonNode buy(int seats, String paymentMethod) {
    ApiResponse bought =
        api.post(
            "/v1/subscriptions",
            Map.of(
                "organizationId",
                organization,
                "plan",
                "pro",
                "seats",
                seats,
                "billingPeriod",
                "MONTHLY",
                "paymentMethod",
                paymentMethod),
            owner.accessToken());
    assertThat(bought.status()).as("%s", bought).isEqualTo(201);
    return bought.json();
  }

  private JsonNode invoices() {
    ApiResponse list = api.get("/v1/invoices?organizationId=" + organization, owner.accessToken());
    assertThat(list.status()).as("%s", list).isEqualTo(200);
    return list.json().get("items");
  }

  private static String pdfText(byte[] pdf) {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(document);
    } catch (IOException e) {
      throw new AssertionError("not a PDF", e);
    }
  }

  @Test
  void aPurchaseHasAPaidInvoiceWhosePdfArrivesByEmailAndDownloads() throws Exception {
    buy(2, "pm_card_visa");

    JsonNode invoice = invoices().get(0);
    String number = invoice.get("number").asText();
    assertThat(number).matches("INV-\\d{4}-\\d{6}");
    assertThat(invoice.get("status").asText()).isEqualTo("PAID");
    assertThat(invoice.get("subtotal").get("amount").asLong()).isEqualTo(5_800);
    assertThat(invoice.get("tax").get("rateBasisPoints").asInt()).isEqualTo(1_900);
    assertThat(invoice.get("total").get("amount").asLong()).isEqualTo(6_902);
    assertThat(invoice.get("buyer").get("name").asText()).isEqualTo("Buyer GmbH");

    Download pdf = api.download(invoice.get("pdf").asText(), owner.accessToken());
    assertThat(pdf.status()).isEqualTo(200);
    assertThat(pdf.contentType()).startsWith("application/pdf");
    assertThat(pdf.disposition()).contains(number + ".pdf");
    assertThat(pdfText(pdf.bytes())).contains(number).contains("69.02");

    MimeMessage mail = mailbox.awaitSubject(billingEmail, number, PATIENCE);
    byte[] attached = attachment(mail, "application/pdf");
    assertThat(pdfText(attached)).contains(number).contains("Buyer GmbH").contains("69.02");
  }

  /** The bytes of the e-mail's first part of the given type that is an attachment. */
  private static byte[] attachment(MimeMessage message, String type) throws Exception {
    Multipart parts = (Multipart) message.getContent();
    for (int i = 0; i < parts.getCount(); i++) {
      Part part = parts.getBodyPart(i);
      if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition()) && part.isMimeType(type)) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        part.getInputStream().transferTo(bytes);
        return bytes.toByteArray();
      }
    }
    throw new AssertionError("no " + type + " attachment in " + Mailbox.textOf(message));
  }

  @Test
  void moreSeatsCostAProratedInvoiceAndBadChangesAreNamed() {
    JsonNode subscription = buy(2, "pm_card_visa");
    String path = "/v1/subscriptions/" + subscription.get("id").asText();

    ApiResponse changed = api.patch(path, Map.of("seats", 4), owner.accessToken());
    assertThat(changed.status()).as("%s", changed).isEqualTo(200);
    assertThat(changed.json().get("seats").asInt()).isEqualTo(4);
    JsonNode proration = invoices().get(0);
    assertThat(proration.get("reason").asText()).isEqualTo("SUBSCRIPTION_UPDATE");
    assertThat(proration.get("lines").get(0).get("kind").asText()).isEqualTo("PRORATION");

    ApiResponse down = api.patch(path, Map.of("seats", 1), owner.accessToken());
    assertThat(down.json().get("seats").asInt()).isEqualTo(4);
    assertThat(down.json().get("scheduledChange").get("seats").asInt()).isEqualTo(1);

    assertProblem(
        api.patch(path, Map.of("seats", 0), owner.accessToken()), 400, "VALIDATION_FAILED");
    assertProblem(api.patch(path, Map.of(), owner.accessToken()), 400, "VALIDATION_FAILED");
    assertProblem(
        api.patch(path, Map.of("seats", 2, "colour", "red"), owner.accessToken()),
        400,
        "VALIDATION_FAILED");
    assertProblem(
        api.patch(path, Map.of("plan", "platinum"), owner.accessToken()), 400, "VALIDATION_FAILED");
  }

  @Test
  void aSubscriptionCanEndNowOrAtThePeriodEndAndBeResumedBefore() {
    String later = "/v1/subscriptions/" + buy(1, "pm_card_visa").get("id").asText();
    ApiResponse canceled = api.post(later + "/cancel", null, owner.accessToken());
    assertThat(canceled.status()).as("%s", canceled).isEqualTo(200);
    assertThat(canceled.json().get("cancelAtPeriodEnd").asBoolean()).isTrue();
    ApiResponse resumed = api.post(later + "/resume", null, owner.accessToken());
    assertThat(resumed.json().get("cancelAtPeriodEnd").asBoolean()).isFalse();

    String now = "/v1/subscriptions/" + buy(1, "pm_card_visa").get("id").asText();
    ApiResponse ended =
        api.post(now + "/cancel", Map.of("atPeriodEnd", false), owner.accessToken());
    assertThat(ended.json().get("status").asText()).isEqualTo("CANCELED");
    assertThat(ended.json().get("endedAt").isNull()).isFalse();
    assertProblem(
        api.post(now + "/resume", null, owner.accessToken()), 409, "INVALID_STATE_TRANSITION");
  }

  @Test
  void aFailedRenewalIsChasedAndANewCardRecoversIt() {
    JsonNode subscription = buy(1, "pm_card_visa");
    String path = "/v1/subscriptions/" + subscription.get("id").asText();
    api.patch(path, Map.of("paymentMethod", "pm_card_chargeCustomerFail"), owner.accessToken());
    Instant end = Instant.parse(subscription.get("currentPeriodEnd").asText());
    clock.advance(Duration.between(clock.instant(), end).plusSeconds(1));

    server.server().licensing().billing().renewDue();
    // A month later the access token has long expired: sign in again, as the customer would.
    String bearer = SignIn.withPassword(api, owner.email(), Customer.PASSWORD).accessToken();

    JsonNode pastDue = api.get(path, bearer).json();
    assertThat(pastDue.get("status").asText()).isEqualTo("PAST_DUE");
    assertThat(pastDue.get("dunning").get("failedAttempts").asInt()).isEqualTo(1);
    assertThat(pastDue.get("dunning").get("nextAttemptAt").isNull()).isFalse();
    mailbox.awaitSubject(billingEmail, "failed", PATIENCE);

    ApiResponse recovered = api.patch(path, Map.of("paymentMethod", "pm_card_visa"), bearer);
    assertThat(recovered.status()).as("%s", recovered).isEqualTo(200);
    assertThat(recovered.json().get("status").asText()).isEqualTo("ACTIVE");
    assertThat(recovered.json().get("dunning").isNull()).isTrue();
  }

  @Test
  void membersSeeNoInvoicesAndMayNotChangeTheSubscription() {
    JsonNode subscription = buy(1, "pm_card_visa");
    String invoice = invoices().get(0).get("id").asText();
    Customer stranger = newCustomer();

    assertProblem(api.get("/v1/invoices/" + invoice, stranger.accessToken()), 404, "NOT_FOUND");
    assertThat(api.download("/v1/invoices/" + invoice + "/pdf", stranger.accessToken()).status())
        .isEqualTo(404);
    assertProblem(
        api.patch(
            "/v1/subscriptions/" + subscription.get("id").asText(),
            Map.of("seats", 3),
            stranger.accessToken()),
        404,
        "NOT_FOUND");
    assertProblem(
        api.get("/v1/invoices?organizationId=" + organization, stranger.accessToken()),
        404,
        "NOT_FOUND");
    assertProblem(
        api.get("/v1/invoices?organizationId=not-an-id", owner.accessToken()),
        400,
        "VALIDATION_FAILED");
  }

  @Test
  void adminsFilterSubscriptionsActOnThemAndRefundInvoices() {
    JsonNode subscription = buy(2, "pm_card_visa");
    String id = subscription.get("id").asText();
    JsonNode invoice = invoices().get(0);
    String root = SignIn.superAdmin(api).accessToken();

    ApiResponse list =
        api.get(
            "/v1/admin/subscriptions?plan=pro&status=ACTIVE&organizationId=" + organization, root);
    assertThat(list.status()).as("%s", list).isEqualTo(200);
    assertThat(list.json().get("items").findValuesAsText("id")).containsExactly(id);
    assertProblem(
        api.get("/v1/admin/subscriptions?status=SLEEPING", root), 400, "VALIDATION_FAILED");
    assertProblem(api.get("/v1/admin/subscriptions", owner.accessToken()), 403, "FORBIDDEN");
    JsonNode detail = api.get("/v1/admin/subscriptions/" + id, root).json();
    assertThat(detail.get("invoices")).hasSize(1);
    assertThat(detail.get("licenses").asInt()).isEqualTo(2);

    ApiResponse seats =
        api.post(
            "/v1/admin/subscriptions/" + id + "/seats",
            Map.of("seats", 3, "reason", "promised"),
            root);
    assertThat(seats.json().get("seats").asInt()).isEqualTo(3);
    assertProblem(
        api.post(
            "/v1/admin/subscriptions/" + id + "/trial-extension",
            Map.of("days", 7, "reason", "x"),
            root),
        409,
        "INVALID_STATE_TRANSITION");

    String refunds = "/v1/admin/invoices/" + invoice.get("id").asText() + "/refunds";
    Map<String, String> headers =
        Map.of(
            "Authorization", "Bearer " + root,
            "Content-Type", "application/json",
            "Idempotency-Key", "refund-" + id);
    byte[] body =
        org.openlicensing.server.testing.ApiClient.json(
            Map.of("amount", 1_000, "reason", "goodwill"));
    ApiResponse refunded = api.send("POST", refunds, body, headers);
    assertThat(refunded.status()).as("%s", refunded).isEqualTo(201);
    assertThat(refunded.field("number")).matches("CN-\\d{4}-\\d{6}");
    assertThat(api.send("POST", refunds, body, headers).field("id"))
        .isEqualTo(refunded.field("id"));
    assertProblem(
        api.post(refunds, Map.of("amount", 1_000_000), root), 409, "REFUND_EXCEEDS_PAYMENT");
    assertProblem(api.post(refunds, Map.of("amount", -5), root), 400, "VALIDATION_FAILED");
    assertProblem(api.post(refunds, Map.of("amount", 100), owner.accessToken()), 403, "FORBIDDEN");
    assertThat(
            api.get("/v1/invoices/" + invoice.get("id").asText(), owner.accessToken())
                .json()
                .get("amountRefunded")
                .get("amount")
                .asLong())
        .isEqualTo(1_000);
  }
}
