"""Loading the YAML config: environment expansion, validation, line numbers.

Every problem is reported at once as `FILE:LINE: field: message`, so an
admin fixes the file in one pass instead of one error per restart.
"""

from __future__ import annotations

import os
import re
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path as FsPath
from typing import Any

import yaml
from pydantic import ValidationError

from worker.config.model import Config, Path, reference_problems

# ${VAR}, ${VAR:-default}; $$ stands for a literal $ (so "$${X}" stays "${X}").
_ENV = re.compile(r"\$\$|\$\{([A-Za-z_][A-Za-z0-9_]*)(?::-([^}]*))?\}")
_UNION_TAGS = frozenset({"console", "slack", "email"})  # pydantic puts the tag in error paths


@dataclass(frozen=True)
class Problem:
    file: str
    line: int
    field: str
    message: str

    def __str__(self) -> str:
        return f"{self.file}:{self.line}: {self.field}: {self.message}"


class ConfigError(Exception):
    def __init__(self, problems: list[Problem]) -> None:
        self.problems = tuple(problems)
        super().__init__("\n".join(str(p) for p in problems))


def _lines(node: yaml.Node, path: Path, out: dict[Path, int]) -> None:
    out[path] = node.start_mark.line + 1
    if isinstance(node, yaml.MappingNode):
        for key, value in node.value:
            child = (*path, str(key.value))
            _lines(value, child, out)
            out[child] = key.start_mark.line + 1
    elif isinstance(node, yaml.SequenceNode):
        for i, item in enumerate(node.value):
            _lines(item, (*path, i), out)


def _expand(value: Any, path: Path, env: Mapping[str, str], missing: list[Path]) -> Any:
    if isinstance(value, str):
        def sub(match: re.Match[str]) -> str:
            if match.group(0) == "$$":
                return "$"
            name, default = match.group(1), match.group(2)
            if name in env:
                return env[name]
            if default is not None:
                return default
            missing.append((*path, f"${{{name}}}"))
            return ""
        return _ENV.sub(sub, value)
    if isinstance(value, dict):
        return {k: _expand(v, (*path, str(k)), env, missing) for k, v in value.items()}
    if isinstance(value, list):
        return [_expand(v, (*path, i), env, missing) for i, v in enumerate(value)]
    return value


def _line_of(path: Path, lines: dict[Path, int]) -> int:
    while path and path not in lines:
        path = path[:-1]
    return lines.get(path, 1)


def _dotted(path: Path) -> str:
    text = ""
    for part in path:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else str(part))
    return text or "(top level)"


def load_config_text(text: str, file: str = "<config>",
                     env: Mapping[str, str] | None = None) -> Config:
    env = os.environ if env is None else env
    try:
        root = yaml.compose(text, Loader=yaml.SafeLoader)
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 1 if mark else 1
        raise ConfigError([Problem(file, line, "(syntax)", str(getattr(exc, "problem", exc)))]) from None
    if data is None:
        data = {}
    if not isinstance(data, dict):
        raise ConfigError([Problem(file, 1, "(top level)", "must be a mapping of keys")])
    lines: dict[Path, int] = {}
    if root is not None:
        _lines(root, (), lines)
    missing: list[Path] = []
    data = _expand(data, (), env, missing)
    problems = [
        Problem(file, _line_of(m[:-1], lines), _dotted(m[:-1]),
                f"environment variable {m[-1][2:-1]} is not set")
        for m in missing
    ]
    try:
        config = Config.model_validate(data)
    except ValidationError as exc:
        unset = {m[:-1] for m in missing}  # already reported as an unset variable
        for err in exc.errors():
            loc = tuple(p for p in err["loc"] if p not in _UNION_TAGS)
            if loc in unset:
                continue
            if loc and loc[-1] == "sender":
                loc = (*loc[:-1], "from")
            message = err["msg"].removeprefix("Value error, ")
            problems.append(Problem(file, _line_of(loc, lines), _dotted(loc), message))
        raise ConfigError(sorted(problems, key=lambda p: p.line)) from None
    problems += [Problem(file, _line_of(p, lines), _dotted(p), m) for p, m in reference_problems(config)]
    if problems:
        raise ConfigError(sorted(problems, key=lambda p: p.line))
    return config


def load_config(path: str | FsPath, env: Mapping[str, str] | None = None) -> Config:
    file = str(path)
    try:
        text = FsPath(path).read_text(encoding="utf-8")
    except OSError as exc:
        raise ConfigError([Problem(file, 0, "(file)", exc.strerror or str(exc))]) from None
    except UnicodeDecodeError as exc:
        line = FsPath(path).read_bytes()[: exc.start].count(b"\n") + 1
        raise ConfigError([Problem(file, line, "(file)", "not UTF-8 text")]) from None
    return load_config_text(text, file, env)
