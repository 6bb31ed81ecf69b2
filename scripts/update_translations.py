"""Refresh the translation sources and compile them.

    .venv/bin/python scripts/update_translations.py

1. pyside6-lupdate reads every module under desktop/views and updates
   resources/translations/techledger_{pl,sv,el,eo}.ts, keeping the
   translations already there (strings that went away are marked vanished).
2. Strings lupdate cannot see are added too: calls of a module's small
   helper such as `def _tr(text): return QCoreApplication.translate("Ctx",
   text)` or marker `def _t(text): return text` (context: the module's
   `_CONTEXT`), both branches of `translate("Ctx", "a" if x else "b")`, and the
   fixed messages of the services (`errors[...] = "..."`, `raise X("...")`)
   that the window shows through the "Services" context.
3. pyside6-lrelease compiles each .ts into the .qm the application loads.

Translate in the .ts files (Qt Linguist: .venv/bin/pyside6-linguist), then
run this script again to compile."""

from __future__ import annotations

import argparse
import ast
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
VIEWS = ROOT / "desktop" / "views"
SERVICES = ROOT / "desktop" / "services"
OUT = ROOT / "resources" / "translations"
LANGUAGES = ("pl", "sv", "el", "eo")
BIN = Path(sys.executable).parent


def _tool(name: str) -> str:
    candidate = BIN / name
    return str(candidate) if candidate.exists() else name


def _const_str(node: ast.AST, constants: dict[str, str]) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.Name):
        return constants.get(node.id)
    return None


def _is_translate(call: ast.Call) -> bool:
    func = call.func
    return isinstance(func, ast.Attribute) and func.attr == "translate" and len(call.args) >= 2


def _helpers(tree: ast.Module, constants: dict[str, str]) -> dict[str, str]:
    """Functions of one text argument that return translate("Ctx", argument)."""
    found: dict[str, str] = {}
    for node in ast.walk(tree):
        if not isinstance(node, ast.FunctionDef) or len(node.args.args) != 1:
            continue
        param = node.args.args[0].arg
        for stmt in node.body:
            value = stmt.value if isinstance(stmt, ast.Return) else None
            if (
                isinstance(value, ast.Call)
                and _is_translate(value)
                and isinstance(value.args[1], ast.Name)
                and value.args[1].id == param
            ):
                context = _const_str(value.args[0], constants)
                if context:
                    found[node.name] = context
            elif isinstance(value, ast.Name) and value.id == param and "_CONTEXT" in constants:
                # A marker (`def _t(text): return text`) for texts kept in a
                # module-level table and translated later in the module's
                # _CONTEXT, once the translators are installed.
                found[node.name] = constants["_CONTEXT"]
    return found


def _module_constants(tree: ast.Module) -> dict[str, str]:
    return {
        target.id: node.value.value
        for node in tree.body
        if isinstance(node, ast.Assign)
        and isinstance(node.value, ast.Constant)
        and isinstance(node.value.value, str)
        for target in node.targets
        if isinstance(target, ast.Name)
    }


def _module_name(path: Path) -> str:
    return ".".join(path.relative_to(ROOT).with_suffix("").parts)


def all_helpers(paths: list[Path]) -> dict[str, dict[str, str]]:
    """Module name → its translate helpers (name → context)."""
    found = {}
    for path in paths:
        tree = ast.parse(path.read_text(encoding="utf-8"))
        found[_module_name(path)] = _helpers(tree, _module_constants(tree))
    return found


def _imported_helpers(
    tree: ast.Module, module: str, helpers: dict[str, dict[str, str]]
) -> dict[str, str]:
    """Helpers a module imports from a sibling (`from .common import tr`)."""
    found: dict[str, str] = {}
    package = module.rsplit(".", 1)[0]
    for node in ast.walk(tree):
        if not isinstance(node, ast.ImportFrom):
            continue
        if node.level:
            base = package.split(".")
            base = base[: len(base) - (node.level - 1)]
            source = ".".join([*base, node.module] if node.module else base)
        else:
            source = node.module or ""
        for alias in node.names:
            context = helpers.get(source, {}).get(alias.name)
            if context:
                found[alias.asname or alias.name] = context
    return found


def extra_view_strings(path: Path, helpers: dict[str, dict[str, str]]) -> Iterator[tuple[str, str]]:
    """(context, text) pairs in a views module that lupdate does not find."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    constants = _module_constants(tree)
    module = _module_name(path)
    local = {**_imported_helpers(tree, module, helpers), **helpers.get(module, {})}
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call) or not node.args:
            continue
        if isinstance(node.func, ast.Name) and node.func.id in local:
            text = _const_str(node.args[0], {})
            if text:
                yield local[node.func.id], text
        elif _is_translate(node):
            context = _const_str(node.args[0], constants)
            branch = node.args[1]
            if context and isinstance(branch, ast.IfExp):
                for option in (branch.body, branch.orelse):
                    text = _const_str(option, {})
                    if text:
                        yield context, text
            elif (
                context
                and isinstance(node.args[0], ast.Name)
                and _const_str(branch, {}) is not None
            ):
                # translate(CONTEXT, "text") with a module constant as the
                # context: lupdate files it under an empty context.
                yield context, _const_str(branch, {}) or ""


def service_messages(path: Path) -> Iterator[str]:
    """Fixed messages a service raises or puts in an errors dict."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if (
            isinstance(node, ast.Assign)
            and isinstance(node.value, ast.Constant)
            and isinstance(node.value.value, str)
            and any(
                isinstance(t, ast.Subscript)
                and isinstance(t.value, ast.Name)
                and t.value.id == "errors"
                for t in node.targets
            )
        ):
            yield node.value.value
        elif isinstance(node, ast.Raise) and isinstance(node.exc, ast.Call):
            args = node.exc.args
            if args and isinstance(args[0], ast.Constant) and isinstance(args[0].value, str):
                yield args[0].value
            elif args and isinstance(args[0], ast.Dict):
                for value in args[0].values:
                    if isinstance(value, ast.Constant) and isinstance(value.value, str):
                        yield value.value


# Dicts of labels a service defines and a view translates by value, with the
# context the view uses.
SERVICE_LABEL_DICTS = {
    ("ticket_queue.py", "FILTER_TITLES"): "TicketQueue",
    ("audit_view.py", "ENTITY_NAMES"): "HistoryDialog",
    ("audit_view.py", "ACTION_NAMES"): "HistoryDialog",
}


def service_view_labels(path: Path) -> Iterator[tuple[str, str]]:
    """Titles the list pages translate under "Listing" (ListColumn titles
    and null texts, ListSpec nouns) and the label dicts named above."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name):
            if node.func.id == "ListColumn" and len(node.args) >= 2:
                text = _const_str(node.args[1], {})
                if text:
                    yield "Listing", text
            if node.func.id in ("ListColumn", "ListSpec"):
                for keyword in node.keywords:
                    if keyword.arg in ("null_text", "noun_plural"):
                        text = _const_str(keyword.value, {})
                        if text:
                            yield "Listing", text
        elif isinstance(node, ast.Assign) and isinstance(node.value, ast.Dict):
            for target in node.targets:
                context = SERVICE_LABEL_DICTS.get(
                    (path.name, target.id if isinstance(target, ast.Name) else "")
                )
                if context:
                    for value in node.value.values:
                        text = _const_str(value, {})
                        if text:
                            yield context, text


def noop_module(folder: Path) -> Path:
    """A Python file of QT_TRANSLATE_NOOP lines lupdate reads like any other."""
    pairs: dict[tuple[str, str], None] = {}
    views = sorted(VIEWS.rglob("*.py"))
    helpers = all_helpers(views)
    for path in views:
        for pair in extra_view_strings(path, helpers):
            pairs[pair] = None
    # Every floor of the services, subpackages included (the demo generator
    # lives outside, in desktop/demo/, and says nothing to users).
    for path in sorted(SERVICES.rglob("*.py")):
        for text in service_messages(path):
            pairs[("Services", text)] = None
        for pair in service_view_labels(path):
            pairs[pair] = None
    target = folder / "helper_strings.py"
    lines = ["from PySide6.QtCore import QT_TRANSLATE_NOOP", ""]
    lines += [f"QT_TRANSLATE_NOOP({ctx!r}, {text!r})" for ctx, text in pairs]
    target.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return target


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--no-compile", action="store_true", help="update the .ts files only")
    args = parser.parse_args(argv)
    OUT.mkdir(parents=True, exist_ok=True)
    sources = [str(p.relative_to(ROOT)) for p in sorted(VIEWS.rglob("*.py"))]
    with tempfile.TemporaryDirectory() as tmp:
        helper = noop_module(Path(tmp))
        for language in LANGUAGES:
            ts = OUT / f"techledger_{language}.ts"
            subprocess.run(
                [
                    _tool("pyside6-lupdate"),
                    *sources,
                    str(helper),
                    "-locations",
                    "none",
                    "-target-language",
                    language,
                    "-ts",
                    str(ts),
                ],
                cwd=ROOT,
                check=True,
            )
    if not args.no_compile:
        for language in LANGUAGES:
            ts = OUT / f"techledger_{language}.ts"
            subprocess.run(
                [_tool("pyside6-lrelease"), str(ts), "-qm", str(ts.with_suffix(".qm"))],
                cwd=ROOT,
                check=True,
            )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
