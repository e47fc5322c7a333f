"""The README documents every command, option and setting a user can reach."""

import re

import pytest

from crawler.cli import cli
from tests.helpers import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")


@pytest.mark.parametrize("name", sorted(cli.commands))
def test_every_command_and_option_is_documented(name):
    assert f"sectorwatch {name}" in README, f"`sectorwatch {name}` is not in the README"
    for param in cli.commands[name].params:
        for opt in getattr(param, "opts", []):
            if opt.startswith("--") and opt not in ("--help",):
                assert opt in README, f"`sectorwatch {name} {opt}` is not in the README"


def test_every_environment_setting_is_documented():
    sources = "".join(
        (ROOT / p).read_text(encoding="utf-8")
        for p in ("crawler/settings.py", "nlp/pipeline.py", "crawler/cli.py")
    )
    for variable in set(re.findall(r"SECTORWATCH_[A-Z_]+", sources)) - {"SECTORWATCH_RUN_ID"}:
        assert variable in README, f"{variable} is not in the README"


def test_the_two_commands_and_ci():
    assert "make demo" in README and "make test" in README
    assert (ROOT / ".ci" / "run").read_text(encoding="utf-8").strip().splitlines()[
        -1
    ] == "make test"
