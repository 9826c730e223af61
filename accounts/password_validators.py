"""Password validators whose messages reach the reader in their language."""

from django.contrib.auth import password_validation
from django.utils.translation import ngettext


class MinimumLengthValidator(password_validation.MinimumLengthValidator):
    """Django's minimum-length check, with a message that is translated.

    In Django 5.2.19 the message's msgid reads "… at least %d character." while Django's own
    zh_Hans catalogue still translates only the earlier "… at least %(min_length)d character.", so
    the Chinese pages showed this one password message in English. This uses the msgid that is
    translated (and that makemessages now extracts into our catalogue too).
    """

    def get_error_message(self):
        return ngettext(
            "This password is too short. It must contain at least %(min_length)d character.",
            "This password is too short. It must contain at least %(min_length)d characters.",
            self.min_length,
        ) % {"min_length": self.min_length}
