package org.openlicensing.core.services;

import org.junit.jupiter.api.Nested;
import org.openlicensing.core.persistence.Persistence;

/**
 * Every service contract, for one store: the core's rules through its service interfaces. A test
 * class per store extends this and says how to get an empty store.
 */
public abstract class ServiceContracts {

  /** A fresh, empty store; called once before each test. */
  protected abstract Persistence emptyStore();

  @Nested
  class SignUpAndVerification extends SignUpAndVerificationContract {
    @Override
    protected Persistence persistence() {
      return emptyStore();
    }
  }

  @Nested
  class SignIn extends SignInContract {
    @Override
    protected Persistence persistence() {
      return emptyStore();
    }
  }

  @Nested
  class Subscribe extends SubscribeContract {
    @Override
    protected Persistence persistence() {
      return emptyStore();
    }
  }

  @Nested
  class Activation extends ActivationContract {
    @Override
    protected Persistence persistence() {
      return emptyStore();
    }
  }

  @Nested
  class OutboxRelay extends OutboxRelayContract {
    @Override
    protected Persistence persistence() {
      return emptyStore();
    }
  }

  @Nested
  class Password extends PasswordContract {
    @Override
    protected Persistence persistence() {
      return emptyStore();
    }
  }

  @Nested
  class Sessions extends SessionContract {
    @Override
    protected Persistence persistence() {
      return emptyStore();
    }
  }

  @Nested
  class Profile extends ProfileContract {
    @Override
    protected Persistence persistence() {
      return emptyStore();
    }
  }

  @Nested
  class AdminUsers extends AdminUsersContract {
    @Override
    protected Persistence persistence() {
      return emptyStore();
    }
  }

  @Nested
  class ApiKeys extends ApiKeyContract {
    @Override
    protected Persistence persistence() {
      return emptyStore();
    }
  }

  @Nested
  class Throttling extends ThrottlingContract {
    @Override
    protected Persistence persistence() {
      return emptyStore();
    }
  }

  @Nested
  class Organizations extends OrganizationsContract {
    @Override
    protected Persistence persistence() {
      return emptyStore();
    }
  }

  @Nested
  class Invitations extends InvitationsContract {
    @Override
    protected Persistence persistence() {
      return emptyStore();
    }
  }

  @Nested
  class Members extends MembersContract {
    @Override
    protected Persistence persistence() {
      return emptyStore();
    }
  }

  @Nested
  class AuditEvents extends AuditEventsContract {
    @Override
    protected Persistence persistence() {
      return emptyStore();
    }
  }

  @Nested
  class BuyingForAnOrganization extends BuyingForAnOrganizationContract {
    @Override
    protected Persistence persistence() {
      return emptyStore();
    }
  }

  @Nested
  class WebhookInbox extends WebhookInboxContract {
    @Override
    protected Persistence persistence() {
      return emptyStore();
    }
  }

  @Nested
  class WebhookEventsAdmin extends WebhookEventsAdminContract {
    @Override
    protected Persistence persistence() {
      return emptyStore();
    }
  }

  @Nested
  class SubscriptionLifecycle extends SubscriptionLifecycleContract {
    @Override
    protected Persistence persistence() {
      return emptyStore();
    }
  }

  @Nested
  class SubscriptionChanges extends SubscriptionChangesContract {
    @Override
    protected Persistence persistence() {
      return emptyStore();
    }
  }

  @Nested
  class InvoicesAndRefunds extends InvoicesAndRefundsContract {
    @Override
    protected Persistence persistence() {
      return emptyStore();
    }
  }

  @Nested
  class AdminSubscriptions extends AdminSubscriptionsContract {
    @Override
    protected Persistence persistence() {
      return emptyStore();
    }
  }

  @Nested
  class AdminCatalog extends AdminCatalogContract {
    @Override
    protected Persistence persistence() {
      return emptyStore();
    }
  }

  @Nested
  class CatalogFiles extends CatalogFileContract {
    @Override
    protected Persistence persistence() {
      return emptyStore();
    }
  }

  @Nested
  class ProviderBilling extends ProviderBillingContract {
    @Override
    protected Persistence persistence() {
      return emptyStore();
    }
  }

  @Nested
  class UsageRecording extends UsageRecordingContract {
    @Override
    protected Persistence persistence() {
      return emptyStore();
    }
  }

  @Nested
  class UsageQuotas extends UsageQuotaContract {
    @Override
    protected Persistence persistence() {
      return emptyStore();
    }
  }

  @Nested
  class UsageReading extends UsageReadingContract {
    @Override
    protected Persistence persistence() {
      return emptyStore();
    }
  }

  @Nested
  class MeterForwarding extends MeterForwardingContract {
    @Override
    protected Persistence persistence() {
      return emptyStore();
    }
  }

  @Nested
  class ExpiryReminders extends ExpiryRemindersContract {
    @Override
    protected Persistence persistence() {
      return emptyStore();
    }
  }

  @Nested
  class FloatingLicenses extends FloatingLicensesContract {
    @Override
    protected Persistence persistence() {
      return emptyStore();
    }
  }

  @Nested
  class NodeLockedHeartbeats extends NodeLockedHeartbeatContract {
    @Override
    protected Persistence persistence() {
      return emptyStore();
    }
  }

  @Nested
  class LicensePolicyRules extends LicensePolicyRulesContract {
    @Override
    protected Persistence persistence() {
      return emptyStore();
    }
  }

  @Nested
  class ActivationLimits extends ActivationLimitsContract {
    @Override
    protected Persistence persistence() {
      return emptyStore();
    }
  }

  @Nested
  class ResetAndTransfer extends ResetAndTransferContract {
    @Override
    protected Persistence persistence() {
      return emptyStore();
    }
  }

  @Nested
  class BulkLicenses extends BulkLicensesContract {
    @Override
    protected Persistence persistence() {
      return emptyStore();
    }
  }

  @Nested
  class OfflineLicenses extends OfflineLicensesContract {
    @Override
    protected Persistence persistence() {
      return emptyStore();
    }
  }
}
