"""Translatable text in the core (ARCHITECTURE.md rule 7): every string marked with
QT_TRANSLATE_NOOP is a plain literal whose placeholders are `{name}` only, and wherever a
marked string is turned into a message, the arguments given supply every placeholder it
uses. Read from the source with `ast`, so it covers code paths no test runs."""

from __future__ import annotations

import ast
import inspect
import re
import string
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from piu_desk.core import errors
from piu_desk.core.text import Message, fill

CORE = Path(__file__).resolve().parents[2] / "piu_desk" / "core"
MARKER = "QT_TRANSLATE_NOOP"
TEXT_PARAMS = ("text", "source", "template")


def _name(func: ast.expr) -> str:
    return func.id if isinstance(func, ast.Name) else (
        func.attr if isinstance(func, ast.Attribute) else "")


def _is_marker(node: ast.AST) -> bool:
    return isinstance(node, ast.Call) and _name(node.func) == MARKER


def placeholders(text: str) -> set[str]:
    return {f for _, f, _, _ in string.Formatter().parse(text) if f is not None}


@dataclass
class Module:
    path: Path
    tree: ast.Module
    parents: dict[ast.AST, ast.AST] = field(default_factory=dict)

    def enclosing(self, node: ast.AST) -> Iterator[ast.AST]:
        while node in self.parents:
            node = self.parents[node]
            yield node


def _modules() -> dict[str, Module]:
    out = {}
    for path in sorted(CORE.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        module = Module(path, tree)
        for node in ast.walk(tree):
            for child in ast.iter_child_nodes(node):
                module.parents[child] = node
        dotted = ".".join(("piu_desk", "core", *path.relative_to(CORE).with_suffix("").parts))
        out[dotted.removesuffix(".__init__")] = module
    return out


MODULES = _modules()
MARKERS = [(m, node) for m in MODULES.values() for node in ast.walk(m.tree) if _is_marker(node)]


def _where(module: Module, node: ast.AST) -> str:
    return f"{module.path.relative_to(CORE.parent.parent)}:{getattr(node, 'lineno', '?')}"


# -- 1. the marked strings themselves -----------------------------------------------------
def test_there_is_marked_text_to_check() -> None:
    assert len(MARKERS) > 100


def test_marked_text_is_literal_with_named_placeholders_only() -> None:
    bad = []
    for module, node in MARKERS:
        where = _where(module, node)
        if len(node.args) != 2 or node.keywords or not all(
                isinstance(a, ast.Constant) and isinstance(a.value, str) for a in node.args):
            bad.append(f"{where}: not QT_TRANSLATE_NOOP('<context>', '<literal text>')")
            continue
        text = node.args[1].value
        try:
            fields = list(string.Formatter().parse(text))
        except ValueError as exc:
            bad.append(f"{where}: {exc} in {text!r}")
            continue
        for _literal, name, spec, conversion in fields:
            if name is not None and (not name.isidentifier() or spec or conversion):
                bad.append(f"{where}: placeholder {{{name}}} in {text!r} is not {{name}}")
    assert bad == []


# -- 2. where marked text becomes a message, its arguments ------------------------------
@dataclass(frozen=True)
class Wrapper:
    """A function taking marked text and **args that go on into a Message or fill()."""

    text_index: int
    text_name: str
    named: frozenset[str]


def _wrappers() -> dict[tuple[str, str], Wrapper]:
    """(module, function name) -> how it takes its text and arguments."""
    found = {}
    for dotted, module in MODULES.items():
        for node in ast.walk(module.tree):
            if not isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                continue
            params = [a.arg for a in (*node.args.posonlyargs, *node.args.args)]
            keywords = [a.arg for a in (*node.args.args, *node.args.kwonlyargs)]
            if params and params[0] == "self":
                params, keywords = params[1:], keywords[1:]
            text = [p for p in params if p in TEXT_PARAMS]
            if node.args.kwarg is None or not text:
                continue
            kw = node.args.kwarg.arg
            if any(isinstance(n, ast.Name) and n.id == kw for n in ast.walk(node)):
                found[dotted, node.name] = Wrapper(params.index(text[0]), text[0],
                                                   frozenset(keywords))
    return found


WRAPPERS = _wrappers()


def _assigned(module: Module, scope: ast.AST, name: str) -> list[ast.expr]:
    """Expressions bound to `name` in `scope` (assignments and for-loop tuples)."""
    out: list[ast.expr] = []
    for node in ast.walk(scope):
        if isinstance(node, ast.Assign | ast.AnnAssign) and node.value is not None:
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            if any(isinstance(t, ast.Name) and t.id == name for t in targets):
                out.append(node.value)
            for t in targets:  # a, b = x, y
                if isinstance(t, ast.Tuple) and isinstance(node.value, ast.Tuple) and len(
                        t.elts) == len(node.value.elts):
                    out += [v for e, v in zip(t.elts, node.value.elts, strict=True)
                            if isinstance(e, ast.Name) and e.id == name]
        elif isinstance(node, ast.For) and isinstance(node.target, ast.Tuple) and isinstance(
                node.iter, ast.Tuple | ast.List):
            for i, target in enumerate(node.target.elts):
                if isinstance(target, ast.Name) and target.id == name:
                    out += [e.elts[i] for e in node.iter.elts
                            if isinstance(e, ast.Tuple) and len(e.elts) > i]
    return out


def _imported(module: Module, name: str) -> tuple[Module, str] | None:
    for node in module.tree.body:
        if isinstance(node, ast.ImportFrom) and node.module in MODULES:
            for alias in node.names:
                if (alias.asname or alias.name) == name:
                    return MODULES[node.module], alias.name
    return None


def resolve(module: Module, expr: ast.expr, depth: int = 0) -> list[ast.Call] | None:
    """The marked strings an expression can evaluate to; None when it cannot be told."""
    if depth > 6:
        return None
    if _is_marker(expr):
        return [expr]  # type: ignore[list-item]
    if isinstance(expr, ast.IfExp):
        a, b = resolve(module, expr.body, depth + 1), resolve(module, expr.orelse, depth + 1)
        return None if a is None or b is None else a + b
    if isinstance(expr, ast.Dict | ast.Tuple | ast.List):
        items = expr.values if isinstance(expr, ast.Dict) else expr.elts
        out: list[ast.Call] = []
        for item in items:
            got = resolve(module, item, depth + 1)
            if got is None:
                return None
            out += got
        return out
    if isinstance(expr, ast.Subscript):
        return resolve(module, expr.value, depth + 1)
    if isinstance(expr, ast.Name):
        scopes = [n for n in module.enclosing(expr)
                  if isinstance(n, ast.FunctionDef | ast.AsyncFunctionDef)] + [module.tree]
        for scope in scopes:
            bound = _assigned(module, scope, expr.id)
            if bound:
                out = []
                for value in bound:
                    got = resolve(module, value, depth + 1)
                    if got is None:
                        return None
                    out += got
                return out
        imported = _imported(module, expr.id)
        if imported:
            return resolve(imported[0], ast.Name(imported[1]), depth + 1)
    return None


def _wrapper_for(module: Module, call: ast.Call) -> Wrapper | None:
    """The wrapper a call goes to: defined in the module or imported into it, or, for a
    method call, any wrapper method of that name."""
    name = _name(call.func)
    dotted = next(d for d, m in MODULES.items() if m is module)
    if isinstance(call.func, ast.Name):
        if (dotted, name) in WRAPPERS:
            return WRAPPERS[dotted, name]
        imported = _imported(module, name)
        if imported:
            home = next(d for d, m in MODULES.items() if m is imported[0])
            return WRAPPERS.get((home, imported[1]))
        aliases = [v for scope in module.enclosing(call)
                   if isinstance(scope, ast.FunctionDef | ast.AsyncFunctionDef)
                   for v in _assigned(module, scope, name)]
        if len(aliases) != 1 or not isinstance(aliases[0], ast.Attribute):
            return None
        name = aliases[0].attr  # t = report.text
    methods = [w for (_d, n), w in WRAPPERS.items() if n == name]
    return methods[0] if len(set(methods)) == 1 else None


@dataclass(frozen=True)
class Site:
    where: str
    texts: tuple[str, ...]
    supplied: frozenset[str]
    single: bool


def _sites() -> tuple[list[Site], set[int]]:
    sites, covered = [], set()
    for module in MODULES.values():
        for call in ast.walk(module.tree):
            if not isinstance(call, ast.Call):
                continue
            func = _name(call.func)
            text_expr, supplied = None, None
            if func == "Message" and len(call.args) >= 2:
                text_expr = call.args[1]
                given = call.args[2] if len(call.args) > 2 else next(
                    (k.value for k in call.keywords if k.arg == "args"), None)
                if given is None:
                    supplied = frozenset()
                elif isinstance(given, ast.Dict) and all(
                        isinstance(k, ast.Constant) for k in given.keys):
                    supplied = frozenset(str(k.value) for k in given.keys  # type: ignore[union-attr]
                                         )
            elif (wrapper := _wrapper_for(module, call)) is not None and not any(
                    k.arg is None for k in call.keywords):
                if len(call.args) > wrapper.text_index:
                    text_expr = call.args[wrapper.text_index]
                else:
                    text_expr = next((k.value for k in call.keywords
                                      if k.arg == wrapper.text_name), None)
                supplied = frozenset(k.arg for k in call.keywords
                                     if k.arg and k.arg not in wrapper.named)
            if text_expr is None or supplied is None:
                continue
            marked = resolve(module, text_expr)
            if not marked:
                continue
            covered |= {id(m) for m in marked}
            sites.append(Site(_where(module, call), tuple(m.args[1].value for m in marked),
                              supplied, single=len(marked) == 1))
    return sites, covered


SITES, COVERED = _sites()


def test_every_placeholder_is_supplied_where_the_message_is_made() -> None:
    missing = [f"{s.where}: {sorted(placeholders(t) - s.supplied)} not given for {t!r}"
               for s in SITES for t in s.texts if placeholders(t) - s.supplied]
    assert missing == []


def test_no_argument_is_given_that_the_text_does_not_use() -> None:
    """An argument the text never mentions is usually a misspelt placeholder."""
    unused = [f"{s.where}: {sorted(s.supplied - placeholders(s.texts[0]))} unused by "
              f"{s.texts[0]!r}" for s in SITES if s.single
              and s.supplied - placeholders(s.texts[0])]
    assert unused == []


def test_every_text_with_placeholders_is_checked_somewhere() -> None:
    """So a new way of building messages cannot slip past the two tests above."""
    unchecked = [f"{_where(m, n)}: {n.args[1].value!r}" for m, n in MARKERS
                 if placeholders(n.args[1].value) and id(n) not in COVERED]
    assert unchecked == []


def test_the_checker_sees_the_usual_patterns() -> None:
    assert {"_msg", "_invalid", "msg", "text", "problem"} <= {n for _d, n in WRAPPERS}
    assert len(SITES) > 100


# -- 3. and at run time: every error renders completely ----------------------------------
def _errors() -> list[type[errors.DeskError]]:
    return [c for c in vars(errors).values() if inspect.isclass(c)
            and issubclass(c, errors.DeskError) and c is not errors.DeskError]


@pytest.mark.parametrize("cls", _errors(), ids=lambda c: c.__name__)
def test_every_error_renders_without_a_placeholder_left(cls: type[errors.DeskError]) -> None:
    params = list(inspect.signature(cls.__init__).parameters.values())[1:]
    args: list[object] = []
    for p in params:
        if p.annotation in ("Message", Message):
            args.append(Message("Errors", "a message"))
        elif p.annotation in ("int", int):
            args.append(7)
        else:
            args.append("sample")
    rendered = cls(*args).render()
    assert not re.search(r"\{[a-z_]+\}", rendered), rendered
    translated = cls(*args).render(lambda _c, text: "«" + text + "»")
    assert translated.startswith("«") or "«" in translated


def test_fill_replaces_named_placeholders_only() -> None:
    assert fill("{a} and {b} and {c}", {"a": 1, "b": "x"}) == "1 and x and {c}"
    assert Message("C", "Wait {seconds} s", {"seconds": 3}).render() == "Wait 3 s"
