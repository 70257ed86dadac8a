"""helpers.environment: the check that notebook 00 shows a new user."""
from pathlib import Path

from helpers.environment import _home_relative, check


def test_every_component_is_ready_on_a_set_up_machine():
    env = check()
    assert list(env.columns) == ["component", "detail", "ok"]
    assert env["ok"].all(), env[~env["ok"]]
    assert {"jieba", "CJK font", "jieba + domain dictionary", "jieba cache"} <= set(env["component"])
    assert env.set_index("component").loc["jieba + domain dictionary", "detail"].startswith("成渝地区双城经济圈")


def test_paths_are_shown_relative_to_home():
    assert _home_relative(Path.home() / ".cache" / "x") == "~/.cache/x"
    assert _home_relative("/opt/elsewhere") == "/opt/elsewhere"
    assert not any(str(Path.home()) in d for d in check()["detail"] if str(Path.home()) != "/")
