"""The follower's settings: which sectors' new challenges to hear about, and which emails to get."""

from django import forms

from sectors.models import Sector

from .models import ChallengeFollow


class FollowForm(forms.ModelForm):
    sectors = forms.ModelMultipleChoiceField(
        queryset=Sector.objects.all(), required=False, widget=forms.CheckboxSelectMultiple
    )

    class Meta:
        model = ChallengeFollow
        fields = ["sectors", "weekly_digest", "solver_invitations"]
