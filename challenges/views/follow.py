"""Views: a reader's challenge-email settings, and the one-click opt-outs (no login: the token is the proof)."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from ..follow_forms import FollowForm
from ..following import OPT_OUTS, follow_of, opt_out
from ..models import ChallengeFollow


@login_required
@require_http_methods(["GET", "POST"])
def follow(request):
    form = FollowForm(request.POST or None, instance=follow_of(request.user))
    if request.method == "POST" and form.is_valid():
        form.save()
        messages.success(request, _("Your challenge emails are saved."))
        return redirect("challenges:follow")
    return render(request, "challenges/follow.html", {"form": form})


@require_http_methods(["GET", "POST"])
def opt_out_view(request, token, kind):
    if kind not in OPT_OUTS:
        raise Http404
    follow = get_object_or_404(ChallengeFollow, token=token)
    if request.method == "POST":
        opt_out(follow, kind)
        return render(request, "challenges/opt_out.html", {"done": True, "kind": kind})
    return render(request, "challenges/opt_out.html", {"done": False, "kind": kind})
