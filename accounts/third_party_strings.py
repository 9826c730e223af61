"""allauth's and Django's texts that our pages and emails show, so that makemessages puts them in our catalogue.

locale/ overrides third-party catalogues: the Chinese given here for these msgids (formal 您, 电子邮箱
rather than "Email", 登录 and 注册) replaces allauth's and Django's own. Keep the list to texts a
person actually sees: the log-in, sign-up, password and email-address forms, their errors and messages.
Nothing imports this module; it exists for extraction only.
"""

from django.utils.translation import gettext_noop, ngettext_lazy, pgettext_lazy

THIRD_PARTY_STRINGS = [
    # Django's password validators' help texts, shown under the sign-up form's password field.
    gettext_noop("Your password can’t be too similar to your other personal information."),
    gettext_noop("Your password can’t be a commonly used password."),
    gettext_noop("Your password can’t be entirely numeric."),
    gettext_noop("Email"),
    gettext_noop("Email address"),
    gettext_noop("Password"),
    gettext_noop("Remember Me"),
    gettext_noop("Forgot your password?"),
    gettext_noop("Password (again)"),
    gettext_noop("Current Password"),
    gettext_noop("New Password"),
    gettext_noop("New Password (again)"),
    gettext_noop("The email address and/or password you specified are not correct."),
    gettext_noop("You must type the same password each time."),
    gettext_noop("A user is already registered with this email address."),
    gettext_noop("Please type your current password."),
    gettext_noop("Incorrect password."),
    gettext_noop("This account is currently inactive."),
    gettext_noop("Too many failed login attempts. Try again later."),
    gettext_noop("The password reset token was invalid."),
    gettext_noop("Confirmation email sent to %(email)s."),
    gettext_noop("You have confirmed %(email)s."),
    gettext_noop("Password successfully changed."),
    gettext_noop("Password successfully set."),
    gettext_noop("Removed email address %(email)s."),
    gettext_noop("Primary email address set."),
    gettext_noop("Password Reset"),
    gettext_noop(
        "Forgotten your password? Enter your email address below, and we'll send you an email allowing you to reset it."
    ),
    gettext_noop("Reset My Password"),
    gettext_noop("Please contact us if you have any trouble resetting your password."),
    gettext_noop(
        "We have sent you an email. If you have not received it please check your spam folder. "
        "Otherwise contact us if you do not receive it in a few minutes."
    ),
    gettext_noop("Change Password"),
    gettext_noop("Bad Token"),
    gettext_noop("Your password is now changed."),
    gettext_noop("Email Addresses"),
    gettext_noop("The following email addresses are associated with your account:"),
    gettext_noop("Verified"),
    gettext_noop("Unverified"),
    gettext_noop("Primary"),
    gettext_noop("Make Primary"),
    gettext_noop("Re-send Verification"),
    gettext_noop("Remove"),
    gettext_noop("Add Email Address"),
    gettext_noop("Add Email"),
    gettext_noop("Do you really want to remove the selected email address?"),
    gettext_noop("Forgot Password?"),
    gettext_noop("Set Password"),
    gettext_noop("Confirm"),
    gettext_noop("Verify Your Email Address"),
    gettext_noop("Confirm Email Address"),
    gettext_noop("This field is required."),
    gettext_noop("Enter a valid email address."),
    gettext_noop("Account Inactive"),
    gettext_noop("This account is inactive."),
]

# allauth's login field label, with its context.
LOGIN_FIELD_LABEL = pgettext_lazy("field label", "Login")

PASSWORD_LENGTH_HELP = ngettext_lazy(
    "Your password must contain at least %(min_length)d character.",
    "Your password must contain at least %(min_length)d characters.",
    "min_length",
)
