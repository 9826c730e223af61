import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PRODUCTION_ENV = {
    "DJANGO_SETTINGS_MODULE": "portal.settings.production",
    "SECRET_KEY": "x7#k2!pq9-production-like-secret-key-for-the-deploy-check-0123456789",
    "ALLOWED_HOSTS": "offshore.example.cn",
    "DATABASE_URL": "sqlite:////tmp/deploy-check.sqlite3",
    "PORTAL_BASE_URL": "https://offshore.example.cn",
}


def _manage(*args, extra_env=None):
    env = {**os.environ, **PRODUCTION_ENV, **(extra_env or {})}
    env.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)  # set for the browser tests; never in production
    return subprocess.run(
        [sys.executable, "manage.py", *args], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120
    )


def test_check_deploy_is_clean_under_production_settings():
    result = _manage("check", "--deploy", "--fail-level", "WARNING")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


def test_production_settings_refuse_a_missing_secret_key():
    result = _manage("check", extra_env={"SECRET_KEY": ""})
    assert result.returncode != 0
    assert "SECRET_KEY" in result.stderr


@pytest.mark.parametrize("base_url", ["", "offshore.example.cn", "https://", "https://offshore.example.cn/portal/"])
def test_production_refuses_a_missing_or_malformed_public_base_url(base_url):
    result = _manage("check", "--deploy", extra_env={"PORTAL_BASE_URL": base_url})
    assert result.returncode != 0
    assert "PORTAL_BASE_URL" in result.stderr


def test_production_refuses_a_public_base_url_without_https():
    result = _manage("check", "--deploy", extra_env={"PORTAL_BASE_URL": "http://offshore.example.cn"})
    assert result.returncode != 0
    assert "https" in result.stderr


def test_production_collects_hashed_compressed_static_files(tmp_path):
    result = _manage("collectstatic", "--noinput", extra_env={"STATIC_ROOT": str(tmp_path)})
    assert result.returncode == 0, result.stderr
    manifest = (tmp_path / "staticfiles.json").read_text()
    assert "css/portal.css" in manifest
    hashed_css = next(tmp_path.glob("css/portal.*.css"))
    assert (tmp_path / "css" / (hashed_css.name + ".gz")).exists()
