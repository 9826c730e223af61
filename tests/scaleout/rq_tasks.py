"""Tasks for tests/scaleout/test_task_queue.py, importable by the site's worker processes."""

from pathlib import Path

from django_tasks import task


@task(backend="background")
def leave_mark(folder, name):
    """Write ``folder/name``: the test sees the task ran (a second run would find the file there)."""
    mark = Path(folder, name)
    runs = int(mark.read_text()) if mark.exists() else 0
    mark.write_text(str(runs + 1))
    return name
