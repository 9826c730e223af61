"""The public, seeker and solver pages of innovation challenges, under ``/<language>/challenges/``."""

from django.urls import path

from .views import browse, follow, seeker, solver

app_name = "challenges"
urlpatterns = [
    # Browsing, the challenge page and its Q&A (views/browse.py)
    path("", browse.challenge_list, name="index"),
    path("<int:pk>/", browse.challenge_detail, name="detail"),
    path("<int:pk>/questions/", browse.question_list, name="questions"),
    path("<int:pk>/questions/<int:question_pk>/answer/", browse.answer_question, name="answer_question"),
    # Seekers: posting, editing, submitting for review, following their challenges (views/seeker.py)
    path("new/", seeker.create, name="create"),
    path("mine/", seeker.my_challenges, name="my_challenges"),
    path("<int:pk>/edit/", seeker.edit, name="edit"),
    path("<int:pk>/submit/", seeker.submit, name="submit"),
    path("<int:pk>/withdraw/", seeker.withdraw, name="withdraw"),
    path("<int:pk>/received/", seeker.received_submissions, name="received_submissions"),
    # Solvers: registration, teams, submissions (views/solver.py)
    path("<int:pk>/register/", solver.register, name="register"),
    path("<int:pk>/registration/withdraw/", solver.withdraw_registration, name="withdraw_registration"),
    path("<int:pk>/team/", solver.team, name="team"),
    path("team-invitations/<int:pk>/cancel/", solver.cancel_invitation, name="cancel_invitation"),
    path("team-invitations/<str:token>/", solver.invitation, name="invitation"),
    path("<int:pk>/submissions/new/", solver.submission_create, name="submission_create"),
    path("submissions/<int:pk>/", solver.submission_detail, name="submission_detail"),
    path("submissions/<int:pk>/edit/", solver.submission_edit, name="submission_edit"),
    path("submissions/<int:pk>/send/", solver.submission_send, name="submission_send"),
    path("submissions/<int:pk>/withdraw/", solver.submission_withdraw, name="submission_withdraw"),
    path("submissions/attachments/<int:pk>/", solver.attachment_download, name="submission_attachment"),
    path("submissions/attachments/<int:pk>/delete/", solver.attachment_delete, name="submission_attachment_delete"),
    # Challenge emails: the follower's settings and one-click opt-outs (views/follow.py)
    path("follow/", follow.follow, name="follow"),
    path("opt-out/<str:token>/<slug:kind>/", follow.opt_out_view, name="opt_out"),
]
