"""Settings: defaults, TOML file, environment, and errors that name the setting."""

from __future__ import annotations

import stat

import pytest

from intake.settings import SettingsError, load_settings


def test_defaults_put_the_database_and_a_secret_key_in_the_home_folder(tmp_path):
    settings = load_settings({"INTAKE_HOME": str(tmp_path / "var")})
    assert settings.database_url == f"sqlite:///{tmp_path / 'var' / 'intake.db'}"
    key_file = tmp_path / "var" / "secret.key"
    assert settings.secret_key == key_file.read_text().strip() and len(settings.secret_key) >= 32
    assert stat.S_IMODE(key_file.stat().st_mode) == 0o600
    assert load_settings({"INTAKE_HOME": str(tmp_path / "var")}).secret_key == settings.secret_key


def test_the_environment_wins_over_the_file_and_the_file_over_the_defaults(tmp_path):
    config = tmp_path / "intake.toml"
    config.write_text('loop_guard_limit = 4\ncase_prefix = "DSR"\n', "utf-8")
    environ = {
        "INTAKE_HOME": str(tmp_path),
        "INTAKE_CONFIG": str(config),
        "INTAKE_LOOP_GUARD_LIMIT": "7",
        "INTAKE_SECRET_KEY": "k" * 40,
    }
    settings = load_settings(environ)
    assert (settings.loop_guard_limit, settings.case_prefix) == (7, "DSR")
    assert settings.secret_key == "k" * 40


@pytest.mark.parametrize(
    ("environ", "message"),
    [
        ({"INTAKE_LOOP_GUARD_LIMIT": "ten"}, "loop_guard_limit .*INTAKE_LOOP_GUARD_LIMIT"),
        ({"INTAKE_IDENTITY_CODE_HOURS": "0"}, "identity_code_hours: must be at least 1"),
    ],
)
def test_a_bad_value_names_its_setting(tmp_path, environ, message):
    with pytest.raises(SettingsError, match=message):
        load_settings({"INTAKE_HOME": str(tmp_path), **environ})


def test_an_unknown_or_malformed_config_file_is_reported(tmp_path):
    config = tmp_path / "intake.toml"
    config.write_text("loop_guard_limt = 4\n", "utf-8")
    with pytest.raises(SettingsError, match="unknown setting 'loop_guard_limt'"):
        load_settings({"INTAKE_HOME": str(tmp_path), "INTAKE_CONFIG": str(config)})
    config.write_text("loop_guard_limit = \n", "utf-8")
    with pytest.raises(SettingsError, match=r"intake\.toml"):
        load_settings({"INTAKE_HOME": str(tmp_path), "INTAKE_CONFIG": str(config)})
    with pytest.raises(SettingsError, match=r"missing\.toml"):
        load_settings(
            {"INTAKE_HOME": str(tmp_path), "INTAKE_CONFIG": str(tmp_path / "missing.toml")}
        )
