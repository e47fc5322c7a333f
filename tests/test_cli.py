"""The command line's surface, in the test process (tests/helpers.py `invoke`): the version,
every command's help with its environment variables, usage errors that exit 2."""

import pytest

from crawler.cli import cli
from crawler.config import VERSION
from tests.helpers import invoke


def test_version():
    result = invoke("--version")
    assert result.exit_code == 0
    assert result.stdout == f"sectorwatch, version {VERSION}\n"


@pytest.mark.parametrize("name", sorted(cli.commands))
def test_every_command_has_help_naming_its_environment_variables(name):
    result = invoke(name, "--help")
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith(f"Usage: sectorwatch {name} ")
    words = " ".join(result.stdout.split())  # the help is wrapped to the terminal's width
    for param in cli.commands[name].params:
        if getattr(param, "show_envvar", False):
            assert f"env var: {param.envvar}" in words


@pytest.mark.parametrize(
    "args, message",
    [
        (["analyse", "--no-such-option", "a.txt"], "No such option '--no-such-option'"),
        (["analyse"], "Missing argument 'PATHS...'"),
        (["analyse", "no-such-file.txt"], "'no-such-file.txt' does not exist"),
        (["health", "--nights", "0"], "Invalid value for '--nights'"),
        (["alerts", "--resend", "one"], "Invalid value for '--resend'"),
        (["no-such-command"], "No such command 'no-such-command'"),
    ],
)
def test_a_usage_error_exits_2_with_the_usage(args, message):
    result = invoke(*args)
    assert result.exit_code == 2
    assert message in result.stderr and "Usage: sectorwatch" in result.stderr
    assert result.stdout == ""
