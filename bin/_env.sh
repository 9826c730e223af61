# Shared by bin/run and bin/test: create the virtualenv and install pinned requirements when they change.
set -euo pipefail
cd "$(dirname "$0")/.."
PYTHON="${PYTHON:-$(command -v python3.11 || command -v python3)}"
VENV="${VENV:-.venv}"
REQUIREMENTS="${1:-requirements.txt}"
if [ ! -x "$VENV/bin/python" ]; then
    echo "==> Creating virtualenv in $VENV"
    "$PYTHON" -m venv "$VENV"
fi
stamp="$VENV/.installed-$(cat requirements.txt requirements-dev.txt | sha1sum | cut -c1-12)-$(basename "$REQUIREMENTS")"
if [ ! -f "$stamp" ]; then
    echo "==> Installing $REQUIREMENTS"
    "$VENV/bin/pip" install --quiet --disable-pip-version-check --upgrade pip
    "$VENV/bin/pip" install --quiet --disable-pip-version-check -r "$REQUIREMENTS"
    touch "$stamp"
fi
export PATH="$PWD/$VENV/bin:$PATH"
