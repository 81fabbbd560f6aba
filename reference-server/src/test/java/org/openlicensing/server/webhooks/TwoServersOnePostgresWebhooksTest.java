package org.openlicensing.server.webhooks;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openlicensing.persistence.testing.PostgresDatabase;
import org.openlicensing.server.testing.ApiResponse;
import org.openlicensing.server.testing.ServerDatabase;
import org.openlicensing.server.testing.SignIn;
import org.openlicensing.server.testing.TestServer;

/**
 * Two servers on one PostgreSQL, as behind a load balancer: a burst of Stripe deliveries, each
 * event delivered to both servers at the same time, is stored once per event and processed once per
 * event, by the servers' own jobs and by processors run by hand on both at once. The handler counts
 * effects in memory, where no rollback could hide a second run.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TwoServersOnePostgresWebhooksTest {
  private static final int EVENTS = 150;

  @RegisterExtension static final PostgresDatabase DATABASE = new PostgresDatabase();

  @RegisterExtension
  final GreenMailExtension greenMail =
      new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort()).withPerMethodLifecycle(false);

  private final RecordingStripeHandler handler = new RecordingStripeHandler();
  private TestServer first;
  private TestServer second;

  @BeforeAll
  void startServers() {
    Map<String, String> env =
        Map.of(
            "STRIPE_WEBHOOK_SECRET",
            StripeDeliveries.SECRET,
            "LICENSING_WEBHOOK_PROCESS_INTERVAL",
            "1s");
    ServerDatabase database = ServerDatabase.postgres(DATABASE);
    int smtp = greenMail.getSmtp().getPort();
    first = TestServer.start(database, smtp, env, builder -> builder.inboundEventHandler(handler));
    second = TestServer.start(database, smtp, env, builder -> builder.inboundEventHandler(handler));
  }

  @AfterAll
  void stopServers() {
    if (first != null) {
      first.close();
    }
    if (second != null) {
      second.close();
    }
  }

  @Test
  void aBurstDeliveredToBothServersIsProcessedExactlyOnce() throws Exception {
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < EVENTS; i++) {
      ids.add("evt_burst_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16));
    }
    AtomicBoolean delivering = new AtomicBoolean(true);
    ExecutorService pool = Executors.newFixedThreadPool(6);
    try {
      // Processors run by hand on both servers while the deliveries arrive, beside the jobs.
      List<Future<?>> processors = new ArrayList<>();
      for (TestServer server : List.of(first, second)) {
        processors.add(
            pool.submit(
                () -> {
                  while (delivering.get()) {
                    server.server().licensing().webhooks().processor().processAllDue();
                  }
                  return null;
                }));
      }
      List<Future<List<Integer>>> deliveries = new ArrayList<>();
      for (int part = 0; part < 4; part++) {
        List<String> mine = ids.subList(part * EVENTS / 4, (part + 1) * EVENTS / 4);
        TestServer one = part % 2 == 0 ? first : second;
        TestServer other = part % 2 == 0 ? second : first;
        deliveries.add(
            pool.submit(
                () -> {
                  List<Integer> statuses = new ArrayList<>();
                  for (String id : mine) {
                    String body = StripeDeliveries.event(id);
                    statuses.add(StripeDeliveries.deliver(one.api(), body).status());
                    statuses.add(StripeDeliveries.deliver(other.api(), body).status());
                  }
                  return statuses;
                }));
      }
      for (Future<List<Integer>> delivery : deliveries) {
        assertThat(delivery.get(120, TimeUnit.SECONDS)).containsOnly(200);
      }
      delivering.set(false);
      for (Future<?> processor : processors) {
        processor.get(60, TimeUnit.SECONDS);
      }
    } finally {
      delivering.set(false);
      pool.shutdownNow();
    }

    // Whatever is left, the servers' jobs take up within seconds.
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (handler.allEffects().size() < EVENTS && System.nanoTime() < deadline) {
      Thread.sleep(200);
    }
    for (String id : ids) {
      assertThat(handler.effects(id)).as("effects of %s", id).isEqualTo(1);
      assertThat(handler.attempts(id)).as("attempts of %s", id).isEqualTo(1);
    }
    ApiResponse stored =
        first
            .api()
            .get(
                "/v1/admin/webhook-events?provider=stripe&status=PROCESSED&limit=500",
                SignIn.superAdmin(first.api()).accessToken());
    assertThat(stored.json().get("items")).hasSize(EVENTS);
  }
}
