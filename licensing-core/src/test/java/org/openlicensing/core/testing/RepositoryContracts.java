package org.openlicensing.core.testing;

import org.junit.jupiter.api.Nested;
import org.openlicensing.core.persistence.Persistence;

/**
 * Every repository contract, for one store. A test class per store extends this and says how to get
 * an empty store; JUnit runs the inherited nested classes.
 */
public abstract class RepositoryContracts {

  /** A fresh, empty store; called once before each test. */
  protected abstract Persistence emptyStore();

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
  class Members extends MemberRepositoryContract {
    @Override
    protected Persistence persistence() {
      return emptyStore();
    }
  }

  @Nested
  class Invitations extends InvitationRepositoryContract {
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
  class PlanVersions extends PlanVersionRepositoryContract {
    @Override
    protected Persistence persistence() {
      return emptyStore();
    }
  }

  @Nested
  class CatalogFiles extends CatalogFileRepositoryContract {
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

  @Nested
  class AccountSearches extends AccountSearchContract {
    @Override
    protected Persistence persistence() {
      return emptyStore();
    }
  }

  @Nested
  class Sessions extends SessionRepositoryContract {
    @Override
    protected Persistence persistence() {
      return emptyStore();
    }
  }

  @Nested
  class Profiles extends ProfileRepositoryContract {
    @Override
    protected Persistence persistence() {
      return emptyStore();
    }
  }

  @Nested
  class AuditLog extends AuditLogRepositoryContract {
    @Override
    protected Persistence persistence() {
      return emptyStore();
    }
  }

  @Nested
  class AuditLogSearches extends AuditLogSearchContract {
    @Override
    protected Persistence persistence() {
      return emptyStore();
    }
  }

  @Nested
  class SecurityEvents extends SecurityEventRepositoryContract {
    @Override
    protected Persistence persistence() {
      return emptyStore();
    }
  }

  @Nested
  class SupportNotes extends SupportNoteRepositoryContract {
    @Override
    protected Persistence persistence() {
      return emptyStore();
    }
  }

  @Nested
  class ApiKeys extends ApiKeyRepositoryContract {
    @Override
    protected Persistence persistence() {
      return emptyStore();
    }
  }

  @Nested
  class InboundEvents extends InboundEventRepositoryContract {
    @Override
    protected Persistence persistence() {
      return emptyStore();
    }
  }

  @Nested
  class ProviderMirror extends ProviderMirrorRepositoryContract {
    @Override
    protected Persistence persistence() {
      return emptyStore();
    }
  }

  @Nested
  class Usage extends UsageRepositoryContract {
    @Override
    protected Persistence persistence() {
      return emptyStore();
    }
  }

  @Nested
  class MeterOutbox extends MeterOutboxRepositoryContract {
    @Override
    protected Persistence persistence() {
      return emptyStore();
    }
  }
}
