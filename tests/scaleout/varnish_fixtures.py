"""A real varnishd running the shipped VCL (deploy/varnish.vcl) for tests, and the site behind it.

The VCL is used as it is: only its include, ``portal-nodes.vcl`` (the backends web1 and web2 and the
purgers ACL), is generated here, in the directory varnishd searches includes in (``vcl_path``).
"""

import contextlib
import json
import sqlite3
import subprocess
from dataclasses import dataclass
from pathlib import Path

from tests.server_process import ROOT, free_port, stop, wait_until_answering

VARNISHD = "/usr/sbin/varnishd"
VARNISHSTAT = "/usr/bin/varnishstat"
VARNISHADM = "/usr/bin/varnishadm"
VCL = ROOT / "deploy" / "varnish.vcl"
# Light enough for a shared test machine: one thread pool, a small log and a small cache.
LIGHT_PARAMETERS = ("thread_pools=1", "thread_pool_min=8", "thread_pool_max=64", "vsl_space=1M", "ban_lurker_sleep=0.1")


def nodes_vcl(web_ports, purgers=("127.0.0.1", "::1")):
    """The site-specific include: web1, web2 … on these loopback ports, and who may purge."""
    backends = "".join(
        f'backend web{number} {{ .host = "127.0.0.1"; .port = "{port}"; .probe = portal_health; '
        f".connect_timeout = 1s; .first_byte_timeout = 60s; }}\n"
        for number, port in enumerate(web_ports, start=1)
    )
    addresses = "".join(f'    "{address}";\n' for address in purgers)
    return f"{backends}acl purgers {{\n{addresses}}}\n"


@dataclass
class Varnish:
    url: str
    workdir: Path
    log_path: Path

    def counters(self):
        """varnishstat's counters, name → value."""
        output = subprocess.run(
            [VARNISHSTAT, "-n", str(self.workdir), "-1", "-j"], capture_output=True, text=True, check=True, timeout=20
        ).stdout
        counters = json.loads(output)
        counters = counters.get("counters", counters)  # 7.x nests them
        return {
            name: entry["value"] for name, entry in counters.items() if isinstance(entry, dict) and "value" in entry
        }

    def backend_requests(self):
        """How many requests Varnish has sent each backend (web1, web2), over every loaded VCL."""
        totals = {}
        for name, value in self.counters().items():
            parts = name.split(".")
            if parts[0] == "VBE" and parts[-1] == "req":
                totals[parts[-2]] = totals.get(parts[-2], 0) + value
        return totals

    def backend_health(self):
        """``varnishadm backend.list``: each backend's name (web1, web2) → "healthy" or "sick"."""
        output = subprocess.run(
            [VARNISHADM, "-n", str(self.workdir), "backend.list"],
            capture_output=True,
            text=True,
            check=True,
            timeout=20,
        ).stdout
        health = {}
        for line in output.splitlines()[1:]:
            fields = line.split()
            if len(fields) >= 4 and "." in fields[0]:
                health[fields[0].split(".", 1)[1]] = fields[3]
        return health


@contextlib.contextmanager
def running_varnish(directory, web_ports, purgers=("127.0.0.1", "::1"), port=None):
    """varnishd with deploy/varnish.vcl on ``port`` (a free one by default), in front of ``web_ports``;
    yields a Varnish.

    It answers once /healthz passes through it, i.e. the VCL compiled and a backend is healthy.
    """
    directory = Path(directory)
    directory.mkdir(parents=True, exist_ok=True)
    (directory / "portal-nodes.vcl").write_text(nodes_vcl(web_ports, purgers))
    workdir, log_path = directory / "varnishd", directory / "varnishd.log"
    port = port or free_port()
    args = [
        VARNISHD,
        "-F",
        "-j",
        "none",  # run as whoever runs the tests: the unix jail's user could not read pytest's directories
        "-n",
        str(workdir),
        "-a",
        f"127.0.0.1:{port}",
        "-T",
        "127.0.0.1:0",
        "-f",
        str(VCL),
        "-p",
        f"vcl_path={directory}",
        "-s",
        "malloc,32m",
    ]
    for parameter in LIGHT_PARAMETERS:
        args += ["-p", parameter]
    with open(log_path, "ab") as log:
        process = subprocess.Popen(args, cwd=directory, stdout=log, stderr=subprocess.STDOUT)
        try:
            url = f"http://127.0.0.1:{port}"
            wait_until_answering(f"{url}/healthz", process, log_path, "varnishd", deadline_seconds=60)
            yield Varnish(url=url, workdir=workdir, log_path=log_path)
        finally:
            stop(process, timeout=20)


def copy_test_database(connection, path):
    """Copy the test process's migrated SQLite test database into the file ``path``, for site processes.

    Migrating a new file takes minutes here; the copy takes a moment and has the same schema.
    """
    connection.ensure_connection()
    target = sqlite3.connect(path)
    try:
        connection.connection.backup(target)
    finally:
        target.close()
