package org.openlicensing.persistence.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openlicensing.core.mail.Attachment;
import org.openlicensing.core.mail.Email;
import org.openlicensing.core.mail.OutboxMessage;
import org.openlicensing.core.testing.TestData;
import org.openlicensing.persistence.JpaPersistence;
import org.openlicensing.persistence.testing.StatementCounter;
import org.openlicensing.persistence.testing.TestDatabase;

/**
 * A claimed batch reads the files of all its messages in one statement, not one per message, so a
 * relay run costs the same few reads however many messages carry attachments.
 */
abstract class OutboxClaimStatementsContract {
  private static final int MESSAGES = 20;

  private final StatementCounter counter = new StatementCounter();
  private JpaPersistence counted;

  abstract TestDatabase database();

  @BeforeEach
  void openStore() {
    database().emptyPersistence();
    counted = JpaPersistence.start(counter.wrap(database().dataSource()));
  }

  @AfterEach
  void closeStore() {
    counted.close();
  }

  @Test
  void aClaimedBatchReadsAllItsAttachmentsInOneStatement() {
    for (int i = 0; i < MESSAGES; i++) {
      OutboxMessage message =
          new OutboxMessage(
              TestData.newId(),
              new Email(
                  "to" + i + "@example.com",
                  "Invoice",
                  "Attached",
                  Optional.empty(),
                  List.of(
                      new Attachment("invoice-" + i + ".pdf", "application/pdf", new byte[] {1}),
                      new Attachment("terms.txt", "text/plain", new byte[] {2}))),
              0,
              TestData.NOW);
      counted.transactions().run(() -> counted.outbox().insert(message));
    }

    counter.reset();
    List<OutboxMessage> claimed =
        counted
            .transactions()
            .inTransaction(
                () -> counted.outbox().claimDue(TestData.NOW, TestData.minutesLater(2), MESSAGES));
    int statements = counter.count();

    assertThat(claimed).hasSize(MESSAGES);
    assertThat(claimed).allSatisfy(m -> assertThat(m.email().attachments()).hasSize(2));
    // the due ids, a claiming UPDATE per message, the messages, and their attachments
    assertThat(statements).isLessThanOrEqualTo(1 + MESSAGES + 1 + 1);
  }
}
