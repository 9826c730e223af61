"""The layers of ARCHITECTURE.md, enforced: an app imports only apps in a lower layer.

``core`` imports no app, no app imports ``demo``, and peers (``news`` and ``events``, ``services`` and
``opportunities``) do not import each other: where one must act on another, the lower one declares a hook.
Imports anywhere in a module count, inside functions too, so hiding an import in a function does not pass.
"""

import ast
import pathlib

from django.apps import apps

ROOT = pathlib.Path(__file__).resolve().parent.parent

# Low to high. The same table is drawn in ARCHITECTURE.md; change both together.
LAYERS = [
    {"core"},
    {"home"},
    {"sectors", "vocabulary"},
    {"search"},
    {"accounts"},
    {"news", "policies", "parks", "events"},
    {"services", "opportunities"},
    {"payments", "challenges"},
    {"judging"},
    {"competitions"},
    {"demo"},
    {"portal"},
]
LAYER_OF = {app: rank for rank, names in enumerate(LAYERS) for app in names}


def imported_apps(source, known_apps):
    """The project apps a module's source imports, as ``(app, line number)`` pairs."""
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names = [node.module]
        else:
            continue
        for name in names:
            top = name.split(".")[0]
            if top in known_apps:
                yield top, node.lineno


def forbidden_imports(root, layer_of):
    """Every import in ``root``'s apps of an app that is not in a strictly lower layer, as readable lines."""
    problems = []
    for app, rank in sorted(layer_of.items()):
        for path in sorted((root / app).rglob("*.py")):
            for imported, line in imported_apps(path.read_text(encoding="utf-8"), layer_of):
                if imported != app and layer_of[imported] >= rank:
                    problems.append(
                        f"{path.relative_to(root)}:{line} imports {imported} "
                        f"(layer {layer_of[imported]}, not below {app}'s layer {rank})"
                    )
    return problems


def test_no_app_imports_a_peer_or_a_higher_layer():
    assert forbidden_imports(ROOT, LAYER_OF) == []


def test_every_project_app_has_a_layer():
    """A new app cannot slip past the check: it must be placed in the table first."""
    project_apps = {
        config.name for config in apps.get_app_configs() if pathlib.Path(config.path).resolve().parent == ROOT
    }
    assert project_apps - {"portal"} <= set(LAYER_OF), sorted(project_apps - set(LAYER_OF))


def _tree(tmp_path, files):
    for name, source in files.items():
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(source, encoding="utf-8")
    return tmp_path


def test_the_check_catches_core_importing_an_app(tmp_path):
    root = _tree(tmp_path, {"core/links.py": "from news.models import NewsPage\n", "news/models.py": ""})
    assert forbidden_imports(root, {"core": 0, "news": 5}) == [
        "core/links.py:1 imports news (layer 5, not below core's layer 0)"
    ]


def test_the_check_catches_an_import_hidden_in_a_function(tmp_path):
    root = _tree(tmp_path, {"services/workflow.py": "def cancel():\n    import payments.charges\n"})
    assert forbidden_imports(root, {"services": 6, "payments": 7}) == [
        "services/workflow.py:2 imports payments (layer 7, not below services's layer 6)"
    ]


def test_the_check_catches_any_app_importing_the_demo(tmp_path):
    root = _tree(tmp_path, {"news/views.py": "from demo.builders import bilingual\n"})
    assert forbidden_imports(root, LAYER_OF) == [
        f"news/views.py:1 imports demo (layer {LAYER_OF['demo']}, not below news's layer {LAYER_OF['news']})"
    ]


def test_the_check_catches_peers_importing_each_other(tmp_path):
    root = _tree(tmp_path, {"opportunities/views.py": "from services import money\n"})
    assert len(forbidden_imports(root, LAYER_OF)) == 1


def test_the_check_lets_an_app_import_lower_layers_and_itself(tmp_path):
    root = _tree(
        tmp_path,
        {
            "payments/charges.py": "import core.links\nfrom services.models import X\n"
            "from payments import gateway\nfrom .models import Y\n"
        },
    )
    assert forbidden_imports(root, LAYER_OF) == []
