"""Loads the editorial team: the Editors and Moderators groups with their permissions, the approval
workflow on the home page, and the demo admin, editor and moderator users.
"""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from wagtail.models import GroupApprovalTask, GroupPagePermission, Page, Workflow, WorkflowPage, WorkflowTask

from .builders import demo_password

ADMIN_USERNAME = "admin"


def ensure_groups_and_workflow(home):
    """Editors submit, moderators approve: Wagtail creates both groups; make sure they are complete."""
    editors, _ = Group.objects.get_or_create(name="Editors")
    moderators, _ = Group.objects.get_or_create(name="Moderators")
    admin_access = Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin")
    snippet_perms = Permission.objects.filter(
        content_type__app_label__in=["sectors", "news", "wagtailimages", "wagtaildocs"],
        codename__regex=r"^(add|change|choose)_",
    )
    for group in (editors, moderators):
        group.permissions.add(admin_access, *snippet_perms)
    # Moderators run the listing and report queues (Moderation menu); editors do not see them.
    moderators.permissions.add(
        *Permission.objects.filter(
            content_type__app_label="opportunities", codename__in=["change_listing", "change_listingreport"]
        )
    )
    page_permissions = {
        editors: ["add_page", "change_page"],
        moderators: ["add_page", "change_page", "publish_page", "lock_page", "unlock_page"],
    }
    root = Page.get_first_root_node()
    for group, codenames in page_permissions.items():
        for codename in codenames:
            permission = Permission.objects.get(content_type__app_label="wagtailcore", codename=codename)
            if not GroupPagePermission.objects.filter(group=group, permission=permission).exists():
                GroupPagePermission.objects.create(group=group, page=root, permission=permission)
    workflow = Workflow.objects.filter(name="Moderators approval").first()
    if workflow is None:
        workflow = Workflow.objects.create(name="Moderators approval")
        task = GroupApprovalTask.objects.create(name="Moderators approval")
        task.groups.set([moderators])
        WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=0)
    if (
        not WorkflowPage.objects.filter(page=Page.get_first_root_node()).exists()
        and not WorkflowPage.objects.filter(page=home).exists()
    ):
        WorkflowPage.objects.create(workflow=workflow, page=home)
    return editors, moderators


def ensure_users(editors, moderators):
    """The admin (superuser) plus one demo editor and one demo moderator. Existing passwords are kept.

    Returns the demo password and ``{username: True}`` for each user this run created.
    """
    User = get_user_model()
    password = demo_password()
    created = {}
    for username, group, is_superuser in (
        (ADMIN_USERNAME, None, True),
        ("editor", editors, False),
        ("moderator", moderators, False),
    ):
        user = User.objects.filter(username=username).first()
        if user is None:
            user = User.objects.create_user(
                username=username,
                email=f"{username}@offshore-haikou.example.cn",
                password=password,
                is_staff=True,
                is_superuser=is_superuser,
            )
            created[username] = True
        if group:
            user.groups.add(group)
    return password, created
