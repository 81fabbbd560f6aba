package org.openlicensing.persistence;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openlicensing.core.persistence.Persistence;
import org.openlicensing.core.services.ActivationContract;
import org.openlicensing.core.services.OutboxRelayContract;
import org.openlicensing.core.services.SignInContract;
import org.openlicensing.core.services.SignUpAndVerificationContract;
import org.openlicensing.core.services.SubscribeContract;
import org.openlicensing.persistence.testing.H2Database;

/**
 * The core's service contracts on H2, in one database migrated for the class and emptied per test:
 * the rules hold over the real repositories and their transactions, not only over the in-memory
 * ones.
 */
class H2ServicesTest {
  @RegisterExtension static final H2Database DATABASE = new H2Database();

  @Nested
  class SignUpAndVerification extends SignUpAndVerificationContract {
    @Override
    protected Persistence persistence() {
      return DATABASE.emptyPersistence();
    }
  }

  @Nested
  class SignIn extends SignInContract {
    @Override
    protected Persistence persistence() {
      return DATABASE.emptyPersistence();
    }
  }

  @Nested
  class Subscribe extends SubscribeContract {
    @Override
    protected Persistence persistence() {
      return DATABASE.emptyPersistence();
    }
  }

  @Nested
  class Activation extends ActivationContract {
    @Override
    protected Persistence persistence() {
      return DATABASE.emptyPersistence();
    }
  }

  @Nested
  class OutboxRelay extends OutboxRelayContract {
    @Override
    protected Persistence persistence() {
      return DATABASE.emptyPersistence();
    }
  }
}
