"""Links between policies and the services that act on them, shown on both pages."""

from django import template

from policies.selectors import policies_for_service, services_for_policy

register = template.Library()


@register.inclusion_tag("policies/includes/related_services.html")
def policy_services(policy):
    """ "Services that help with this policy" on a policy page; nothing when editors linked none."""
    return {"services": list(services_for_policy(policy))}


@register.inclusion_tag("policies/includes/related_policies.html")
def service_policies(service):
    """ "Related policies" on a service page; nothing when no policy links to the service."""
    return {"policies": list(policies_for_service(service))}
