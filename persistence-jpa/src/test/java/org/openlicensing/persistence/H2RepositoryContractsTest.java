package org.openlicensing.persistence;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openlicensing.core.persistence.Persistence;
import org.openlicensing.core.testing.AccountRepositoryContract;
import org.openlicensing.core.testing.ActivationRepositoryContract;
import org.openlicensing.core.testing.LicenseRepositoryContract;
import org.openlicensing.core.testing.LicenseViewContract;
import org.openlicensing.core.testing.OneTimeTokenRepositoryContract;
import org.openlicensing.core.testing.OrganizationRepositoryContract;
import org.openlicensing.core.testing.OutboxRepositoryContract;
import org.openlicensing.core.testing.PlanRepositoryContract;
import org.openlicensing.core.testing.RefreshTokenRepositoryContract;
import org.openlicensing.core.testing.SubscriptionRepositoryContract;
import org.openlicensing.core.testing.TransactionsContract;
import org.openlicensing.persistence.testing.H2Database;

/** The repository contracts on H2, in one database migrated for the class and emptied per test. */
class H2RepositoryContractsTest {
  @RegisterExtension static final H2Database DATABASE = new H2Database();

  static Persistence emptyStore() {
    return DATABASE.emptyPersistence();
  }

  @Nested
  class Transactions extends TransactionsContract {
    @Override
    protected Persistence persistence() {
      return emptyStore();
    }
  }

  @Nested
  class Accounts extends AccountRepositoryContract {
    @Override
    protected Persistence persistence() {
      return emptyStore();
    }
  }

  @Nested
  class OneTimeTokens extends OneTimeTokenRepositoryContract {
    @Override
    protected Persistence persistence() {
      return emptyStore();
    }
  }

  @Nested
  class RefreshTokens extends RefreshTokenRepositoryContract {
    @Override
    protected Persistence persistence() {
      return emptyStore();
    }
  }

  @Nested
  class Organizations extends OrganizationRepositoryContract {
    @Override
    protected Persistence persistence() {
      return emptyStore();
    }
  }

  @Nested
  class Plans extends PlanRepositoryContract {
    @Override
    protected Persistence persistence() {
      return emptyStore();
    }
  }

  @Nested
  class Subscriptions extends SubscriptionRepositoryContract {
    @Override
    protected Persistence persistence() {
      return emptyStore();
    }
  }

  @Nested
  class Licenses extends LicenseRepositoryContract {
    @Override
    protected Persistence persistence() {
      return emptyStore();
    }
  }

  @Nested
  class LicenseViews extends LicenseViewContract {
    @Override
    protected Persistence persistence() {
      return emptyStore();
    }
  }

  @Nested
  class Activations extends ActivationRepositoryContract {
    @Override
    protected Persistence persistence() {
      return emptyStore();
    }
  }

  @Nested
  class Outbox extends OutboxRepositoryContract {
    @Override
    protected Persistence persistence() {
      return emptyStore();
    }
  }
}
