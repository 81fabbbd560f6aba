package org.openlicensing.core.services;

import org.junit.jupiter.api.Nested;
import org.openlicensing.core.persistence.Persistence;
import org.openlicensing.core.testing.InMemoryPersistence;

/** The service contracts on the in-memory store; persistence-jpa runs them on H2 and PostgreSQL. */
class InMemoryServicesTest {

  @Nested
  class SignUpAndVerification extends SignUpAndVerificationContract {
    @Override
    protected Persistence persistence() {
      return new InMemoryPersistence();
    }
  }

  @Nested
  class SignIn extends SignInContract {
    @Override
    protected Persistence persistence() {
      return new InMemoryPersistence();
    }
  }

  @Nested
  class Subscribe extends SubscribeContract {
    @Override
    protected Persistence persistence() {
      return new InMemoryPersistence();
    }
  }

  @Nested
  class Activation extends ActivationContract {
    @Override
    protected Persistence persistence() {
      return new InMemoryPersistence();
    }
  }

  @Nested
  class OutboxRelay extends OutboxRelayContract {
    @Override
    protected Persistence persistence() {
      return new InMemoryPersistence();
    }
  }
}
