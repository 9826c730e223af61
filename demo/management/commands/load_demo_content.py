from django.core.management.base import BaseCommand

from demo.loader import load_demo_content


class Command(BaseCommand):
    help = (
        "Load bilingual demo content (sectors, news, policies, parks, events, pages, marketplace, service "
        "catalogue, innovation challenges, judging, a competition) and demo users. Idempotent."
    )

    def handle(self, *args, **options):
        login = load_demo_content()
        self.stdout.write(self.style.SUCCESS("Demo content is loaded."))
        note = "" if login["created"].get(login["username"]) else " (existing user: password unchanged)"
        self.stdout.write(f"Admin login (/admin/): username: {login['username']}  password: {login['password']}{note}")
        self.stdout.write("Demo editor and moderator users: 'editor' and 'moderator', same password.")
        marketplace = login["marketplace"]
        english, chinese = marketplace["sample_logins"]
        self.stdout.write(
            f"Demo marketplace: {marketplace['matches']} matches between the demo listings. Each demo organisation "
            f"has one user, same password; sign in at /en/accounts/login/ as {english} (English) or "
            f"{chinese} (Chinese), password: {marketplace['password']} (existing users keep theirs)."
        )
        services = login["services"]
        self.stdout.write(
            f"Service catalogue: {services['services']} services ({services['paid']} paid), "
            f"{services['providers']} providers. Service desk (handles requests in /admin/): "
            f"username: {services['service_desk_user']}, password: {services['password']} "
            f"(the 'moderator' user is in the service desk too; existing users keep their passwords)."
        )
        challenges = login["challenges"]
        self.stdout.write(
            f"Innovation challenges: {challenges['public']} open at /en/challenges/, {challenges['awaiting_review']} "
            f"awaiting review in /admin/ (the 'moderator' user reviews them), {challenges['submissions']} submissions "
            f"sent. Sign in as {challenges['sample_seeker']} (a seeker) or {challenges['sample_solver']} "
            "(a team lead), same password."
        )
        judging = login["judging"]
        self.stdout.write(
            f"Judging: a finished challenge with its winners at /en/judging/winners/{judging['winners_challenge']}/; "
            f"staff judge in /admin/ (Judging, as 'moderator'); judges score at /en/judging/ (sign in as "
            f"{judging['judge']}, same password)."
        )
        competition = login["competitions"]["competition"]
        self.stdout.write(
            f"Competition: a finished entrepreneurship competition with two tracks; its results at "
            f"/en/competitions/{competition}/results/ (/zh-hans/competitions/{competition}/results/ in Chinese)."
        )
