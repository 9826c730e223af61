"""Editor-defined request-form questions show in the reader's language on the request pages."""

import pytest
from django.urls import reverse

from tests.accounts.factories import UserFactory

from .factories import ServiceFormFieldFactory, ServiceRequestFactory
from .test_admin import admin_user

pytestmark = pytest.mark.django_db


@pytest.fixture
def answered_request(free_service):
    field = ServiceFormFieldFactory(page=free_service, label_en="Planned start date", label_zh_hans="计划开始日期")
    choice = ServiceFormFieldFactory(
        page=free_service,
        label_en="Team size",
        label_zh_hans="团队规模",
        field_type="dropdown",
        choices_en="1-5\nMore than 5",
        choices_zh_hans="1-5人\n5人以上",
    )
    requester = UserFactory()
    # Submitted from the English form.
    service_request = ServiceRequestFactory(
        service=free_service,
        requester=requester,
        answers=[
            {"name": field.clean_name, "label": "Planned start date", "value": "2027-03-01"},
            {"name": choice.clean_name, "label": "Team size", "value": "More than 5"},
        ],
    )
    return service_request


def test_the_chinese_request_page_shows_the_questions_in_chinese(client, answered_request):
    client.force_login(answered_request.requester)

    html = client.get(f"/zh-hans/service-requests/{answered_request.reference}/").content.decode()

    assert "计划开始日期" in html and "Planned start date" not in html
    assert "5人以上" in html and "2027-03-01" in html


def test_the_english_request_page_shows_the_questions_in_english(client, answered_request):
    client.force_login(answered_request.requester)

    html = client.get(f"/en/service-requests/{answered_request.reference}/").content.decode()

    assert "Planned start date" in html and "More than 5" in html


def test_a_question_editors_removed_keeps_its_stored_label(client, answered_request):
    answered_request.service.form_fields.all().delete()
    client.force_login(answered_request.requester)

    html = client.get(f"/zh-hans/service-requests/{answered_request.reference}/").content.decode()

    assert "Planned start date" in html


def test_staff_see_a_chinese_requesters_questions_in_their_english_admin(client, answered_request):
    answered_request.answers = [{**answer, "label": "计划开始日期"} for answer in answered_request.answers[:1]]
    answered_request.save()
    client.force_login(admin_user("services.handle_servicerequest"))

    html = client.get(reverse("service_requests:handle", args=[answered_request.pk])).content.decode()

    assert "Planned start date" in html and "计划开始日期" not in html
