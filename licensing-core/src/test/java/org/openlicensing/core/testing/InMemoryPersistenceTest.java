package org.openlicensing.core.testing;

import org.junit.jupiter.api.Nested;
import org.openlicensing.core.persistence.Persistence;

/** The repository contracts on the in-memory store, a new one for every test. */
class InMemoryPersistenceTest {

  @Nested
  class Transactions extends TransactionsContract {
    @Override
    protected Persistence persistence() {
      return new InMemoryPersistence();
    }
  }

  @Nested
  class Accounts extends AccountRepositoryContract {
    @Override
    protected Persistence persistence() {
      return new InMemoryPersistence();
    }
  }

  @Nested
  class OneTimeTokens extends OneTimeTokenRepositoryContract {
    @Override
    protected Persistence persistence() {
      return new InMemoryPersistence();
    }
  }

  @Nested
  class RefreshTokens extends RefreshTokenRepositoryContract {
    @Override
    protected Persistence persistence() {
      return new InMemoryPersistence();
    }
  }

  @Nested
  class Organizations extends OrganizationRepositoryContract {
    @Override
    protected Persistence persistence() {
      return new InMemoryPersistence();
    }
  }

  @Nested
  class Plans extends PlanRepositoryContract {
    @Override
    protected Persistence persistence() {
      return new InMemoryPersistence();
    }
  }

  @Nested
  class Subscriptions extends SubscriptionRepositoryContract {
    @Override
    protected Persistence persistence() {
      return new InMemoryPersistence();
    }
  }

  @Nested
  class Licenses extends LicenseRepositoryContract {
    @Override
    protected Persistence persistence() {
      return new InMemoryPersistence();
    }
  }

  @Nested
  class LicenseViews extends LicenseViewContract {
    @Override
    protected Persistence persistence() {
      return new InMemoryPersistence();
    }
  }

  @Nested
  class Activations extends ActivationRepositoryContract {
    @Override
    protected Persistence persistence() {
      return new InMemoryPersistence();
    }
  }

  @Nested
  class Outbox extends OutboxRepositoryContract {
    @Override
    protected Persistence persistence() {
      return new InMemoryPersistence();
    }
  }
}
