package org.openlicensing.rest;

import org.glassfish.jersey.jackson.JacksonFeature;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.server.ServerProperties;
import org.openlicensing.core.Licensing;
import org.openlicensing.rest.accounts.AccountsResource;
import org.openlicensing.rest.admin.AdminAuditEventsResource;
import org.openlicensing.rest.admin.AdminInvoicesResource;
import org.openlicensing.rest.admin.AdminLicensesResource;
import org.openlicensing.rest.admin.AdminPlansResource;
import org.openlicensing.rest.admin.AdminSecurityEventsResource;
import org.openlicensing.rest.admin.AdminSigningKeysResource;
import org.openlicensing.rest.admin.AdminSubscriptionsResource;
import org.openlicensing.rest.admin.AdminUsersResource;
import org.openlicensing.rest.admin.AdminWebhookEventsResource;
import org.openlicensing.rest.apikeys.ApiKeysResource;
import org.openlicensing.rest.auth.AuthResource;
import org.openlicensing.rest.auth.TokenResource;
import org.openlicensing.rest.billing.PaymentMethodSetupsResource;
import org.openlicensing.rest.billing.SubscriptionsResource;
import org.openlicensing.rest.catalog.PlansResource;
import org.openlicensing.rest.invoices.InvoicesResource;
import org.openlicensing.rest.json.ObjectMapperProvider;
import org.openlicensing.rest.keys.JwksResource;
import org.openlicensing.rest.licenses.ActivationsResource;
import org.openlicensing.rest.licenses.LicensesResource;
import org.openlicensing.rest.licenses.OfflineActivationsResource;
import org.openlicensing.rest.licenses.OrganizationActivationsResource;
import org.openlicensing.rest.licenses.OrganizationLicensesResource;
import org.openlicensing.rest.licenses.ValidationsResource;
import org.openlicensing.rest.limits.BodySizeLimit;
import org.openlicensing.rest.me.MeResource;
import org.openlicensing.rest.organizations.InvitationAcceptanceResource;
import org.openlicensing.rest.organizations.InvitationsResource;
import org.openlicensing.rest.organizations.MembersResource;
import org.openlicensing.rest.organizations.OrganizationAuditResource;
import org.openlicensing.rest.organizations.OrganizationsResource;
import org.openlicensing.rest.problems.BulkRejectedExceptionMapper;
import org.openlicensing.rest.problems.JsonInputExceptionMapper;
import org.openlicensing.rest.problems.LicensingExceptionMapper;
import org.openlicensing.rest.problems.UnexpectedExceptionMapper;
import org.openlicensing.rest.problems.WebApplicationExceptionMapper;
import org.openlicensing.rest.security.AuthenticationFilter;
import org.openlicensing.rest.usage.LicenseUsageResource;
import org.openlicensing.rest.usage.OrganizationAnalyticsResource;
import org.openlicensing.rest.webhooks.WebhooksResource;

/**
 * The REST API as a Jersey application that any Jakarta REST container can mount (Grizzly, a
 * servlet container, ...). Every resource is built here with its services, by constructor.
 */
public final class LicensingApplication extends ResourceConfig {

  public LicensingApplication(Licensing licensing) {
    this(licensing, BodySizeLimit.DEFAULT_LIMIT_BYTES);
  }

  public LicensingApplication(Licensing licensing, int maxBodyBytes) {
    // Jersey's own Jackson mappers answer in plain text; ours answer problem+json.
    register(JacksonFeature.withoutExceptionMappers());
    register(ObjectMapperProvider.class);
    register(RequestIds.class);
    register(new BodySizeLimit(maxBodyBytes));
    register(new AuthenticationFilter(licensing.auth()));

    register(LicensingExceptionMapper.class);
    register(BulkRejectedExceptionMapper.class);
    register(JsonInputExceptionMapper.class);
    register(WebApplicationExceptionMapper.class);
    register(UnexpectedExceptionMapper.class);

    register(new AccountsResource(licensing.accounts(), licensing.profiles()));
    register(new MeResource(licensing.profiles(), licensing.passwords(), licensing.sessions()));
    register(new TokenResource(licensing.auth()));
    register(new AuthResource(licensing.auth(), licensing.passwords()));
    register(new AdminUsersResource(licensing.adminUsers()));
    register(new AdminSecurityEventsResource(licensing.securityEvents()));
    register(new AdminAuditEventsResource(licensing.auditEvents()));
    register(new ApiKeysResource(licensing.apiKeys()));
    register(new OrganizationsResource(licensing.organizations(), licensing.members()));
    register(new MembersResource(licensing.members()));
    register(new InvitationsResource(licensing.invitations()));
    register(new InvitationAcceptanceResource(licensing.invitations()));
    register(new OrganizationAuditResource(licensing.auditEvents()));
    register(new PlansResource(licensing.catalog()));
    register(new AdminPlansResource(licensing.adminCatalog()));
    register(new SubscriptionsResource(licensing.subscriptions()));
    register(new PaymentMethodSetupsResource(licensing.billing().paymentMethods()));
    register(new InvoicesResource(licensing.billing().invoices()));
    register(new AdminSubscriptionsResource(licensing.billing().adminSubscriptions()));
    register(new AdminInvoicesResource(licensing.billing().refunds()));
    register(new LicensesResource(licensing.licenses(), licensing.offlineLicenses()));
    register(new OfflineActivationsResource(licensing.offlineLicenses()));
    register(new ActivationsResource(licensing.activations()));
    register(new ValidationsResource(licensing.activations()));
    register(new AdminLicensesResource(licensing.adminLicenses()));
    register(new OrganizationLicensesResource(licensing.bulkLicenses()));
    register(new OrganizationActivationsResource(licensing.bulkLicenses()));
    register(new LicenseUsageResource(licensing.usage()));
    register(new OrganizationAnalyticsResource(licensing.usage()));
    register(new JwksResource(licensing::publicKeys));
    register(new AdminSigningKeysResource(licensing.signingKeys()));
    register(new WebhooksResource(licensing.webhooks().reception()));
    register(new AdminWebhookEventsResource(licensing.webhooks().events()));

    property(ServerProperties.WADL_FEATURE_DISABLE, true);
    property(ServerProperties.BV_FEATURE_DISABLE, true);
    // Let our mappers' problem bodies through instead of the container's error pages.
    property(ServerProperties.RESPONSE_SET_STATUS_OVER_SEND_ERROR, true);
  }
}
