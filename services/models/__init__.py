"""Soft-landing services: the catalogue (CMS pages) and the requests made through it."""

from .catalogue import (
    Currency,
    ProviderIndexPage,
    ProviderPage,
    ProviderType,
    ServiceCategory,
    ServiceFormField,
    ServiceIndexPage,
    ServicePage,
)
from .requests import (
    OPEN_STATUSES,
    PaymentMethod,
    RequestAttachment,
    RequestMessage,
    RequestStatus,
    ServiceRequest,
    StatusChange,
)

__all__ = [
    "Currency",
    "ProviderIndexPage",
    "ProviderPage",
    "ProviderType",
    "ServiceCategory",
    "ServiceFormField",
    "ServiceIndexPage",
    "ServicePage",
    "OPEN_STATUSES",
    "PaymentMethod",
    "RequestAttachment",
    "RequestMessage",
    "RequestStatus",
    "ServiceRequest",
    "StatusChange",
]
