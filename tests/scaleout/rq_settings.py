"""Settings of the site processes in tests/scaleout/test_task_queue.py: the test settings, with every email
written to EMAIL_FILE_PATH (so a test counts what several processes sent) through a gate the test can
close, and short waits so a retry happens within a test's time."""

import os

from portal.settings.test import *  # noqa: F401,F403

EMAIL_BACKEND = "tests.scaleout.rq_fixtures.GatedFileEmailBackend"
EMAIL_FILE_PATH = os.environ["EMAIL_FILE_PATH"]
EMAIL_SEND_CLAIM_SECONDS = 3  # a claim left by a killed worker is taken over after 3 s, not 2 minutes
TASKS_WORKER_SWEEP_SECONDS = 1  # parked tasks and dead workers' jobs are looked for every second
