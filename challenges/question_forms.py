"""Forms of the Q&A: a registrant's question, and the seeker's or staff's answer with its visibility."""

from django import forms
from django.utils.translation import gettext_lazy as _

from .choices import AnswerVisibility
from .models import Question


class QuestionForm(forms.ModelForm):
    class Meta:
        model = Question
        fields = ["text"]
        labels = {"text": _("Your question")}
        help_texts = {
            "text": _(
                "The seeker or the platform answers. A public answer is shown to everyone without your name; "
                "an answer that would reveal something of yours is given to you alone."
            )
        }
        widgets = {"text": forms.Textarea(attrs={"rows": 4})}
        error_messages = {"text": {"required": _("Write your question.")}}


class AnswerForm(forms.ModelForm):
    class Meta:
        model = Question
        fields = ["answer", "visibility"]
        labels = {"answer": _("Answer"), "visibility": _("Who sees the answer")}
        widgets = {"answer": forms.Textarea(attrs={"rows": 4}), "visibility": forms.RadioSelect}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["answer"].required = True
        self.fields["answer"].error_messages["required"] = _("Write an answer.")
        self.fields["visibility"].choices = AnswerVisibility.choices
