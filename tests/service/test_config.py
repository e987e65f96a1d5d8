"""Config loading: typed records, ${VAR}, and every problem at its line."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from worker.config import ConfigError, load_config, load_config_text

REPO = Path(__file__).resolve().parents[2]

GOOD = """\
feeds:
  - url: https://example.org/rss.xml
    interval: 2m
actors:
  - {id: peskov, name: Dmitry Peskov, aliases: [Kremlin spokesman]}
channels:
  - {id: desk, type: slack, webhook_url: "${HOOK}"}
  - {id: mail, type: email, smtp_host: smtp.example.org, from: a@example.org, to: [b@example.org],
     password: "${SMTP_PASSWORD:-}"}
routes:
  - {actors: [peskov], channels: [desk, mail]}
"""


def test_valid_config_becomes_typed_records() -> None:
    config = load_config_text(GOOD, env={"HOOK": "https://hooks.slack.test/T/B/x"})
    assert config.broker == "embedded" and config.storage.startswith("sqlite:///")
    assert config.feeds[0].interval == 120.0
    assert config.actor_refs()[0].aliases == ("Kremlin spokesman",)
    slack = config.channel("desk")
    assert slack.webhook_url.get_secret_value() == "https://hooks.slack.test/T/B/x"
    assert "hooks.slack.test" not in repr(config)  # secrets never print


def test_missing_variable_is_named_at_its_line() -> None:
    with pytest.raises(ConfigError) as err:
        load_config_text(GOOD, "c.yaml", env={})
    assert [str(p) for p in err.value.problems] == [
        "c.yaml:7: channels[0].webhook_url: environment variable HOOK is not set"]


@pytest.mark.parametrize(("text", "expected"), [
    ("broker: rabbit://x\n", "1: broker: must be 'embedded' or a redis:// URL"),
    ("feeds:\n  - url: ftp://x\n", "2: feeds[0].url:"),
    ("feeds:\n  - url: https://x/\n    interval: soon\n", "3: feeds[0].interval:"),
    ("actors:\n  - {id: a, name: Ann Bee, kind: robot}\n", "2: actors[0].kind:"),
    ("channels:\n  - {id: c, type: pager}\n", "2: channels[0]:"),
    ("channels:\n  - {id: c, type: console}\nroutes:\n  - {channels: [nope]}\n",
     "4: routes[0].channels[0]: unknown channel 'nope'"),
    ("actors:\n  - {id: a, name: Ann Bee}\n  - {id: a, name: Cy Dee}\n",
     "3: actors[1].id: 'a' appears twice"),
    ("fetch:\n  allow_networks: [10.1.0.0/33]\n", "2: fetch.allow_networks:"),
    ("feeds: [\n", "(syntax)"),
])
def test_each_problem_names_line_and_field(text: str, expected: str) -> None:
    with pytest.raises(ConfigError) as err:
        load_config_text(text, "c.yaml", env={})
    assert any(expected in str(p) for p in err.value.problems), err.value.problems


def test_all_problems_are_reported_at_once() -> None:
    text = "broker: nope\nfeeds:\n  - url: x\nactors:\n  - {id: '!', name: A}\n"
    with pytest.raises(ConfigError) as err:
        load_config_text(text, "c.yaml", env={})
    assert {p.line for p in err.value.problems} >= {1, 3, 5}


def test_example_config_is_valid() -> None:
    config = load_config(REPO / "config" / "onrecord.yaml", env={})
    assert len(config.feeds) >= 7 and config.channels[0].type == "console"


def test_check_config_exits_2_and_names_line_7(tmp_path: Path) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text("""\
storage: sqlite:///data/x.db
broker: embedded
feeds:
  - url: https://example.org/rss.xml
actors:
  - id: peskov
    kind: spokesbot
    name: Dmitry Peskov
""")
    result = subprocess.run([sys.executable, "-m", "worker.cli", "check-config", str(bad)],
                            capture_output=True, text=True, check=False)
    assert result.returncode == 2
    assert f"{bad}:7: actors[0].kind:" in result.stderr


def test_check_config_exits_0_on_the_example() -> None:
    result = subprocess.run([sys.executable, "-m", "worker.cli", "check-config",
                             str(REPO / "config" / "onrecord.yaml")],
                            capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stderr


def test_dollar_dollar_is_a_literal_dollar_and_expansion_is_not_recursive() -> None:
    text = ('channels:\n  - {id: m, type: email, smtp_host: h, from: a@b.c, to: [d@e.f],'
            ' password: "p$${X}${PW}"}\n')
    config = load_config_text(text, env={"PW": "${HOOK}", "X": "no"})
    assert config.channel("m").password.get_secret_value() == "p${X}${HOOK}"  # type: ignore[union-attr]


def test_a_file_that_is_not_utf8_is_a_problem_not_a_crash(tmp_path: Path) -> None:
    bad = tmp_path / "latin1.yaml"
    bad.write_bytes("feeds: []\nactors:\n  - {id: a, name: Caf\xe9}\n".encode("latin-1"))
    result = subprocess.run([sys.executable, "-m", "worker.cli", "check-config", str(bad)],
                            capture_output=True, text=True, check=False)
    assert result.returncode == 2 and f"{bad}:3: (file): not UTF-8 text" in result.stderr


def test_metrics_port_must_be_a_port() -> None:
    with pytest.raises(ConfigError) as err:
        load_config_text("metrics: {listen: '127.0.0.1:99999'}", env={})
    assert "metrics.listen" in str(err.value)
