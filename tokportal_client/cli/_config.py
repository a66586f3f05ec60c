"""Profiles of the ``tokportal`` command: a TOML file, ``~/.config/tokportal/config.toml`` by default.

::

    [profiles.default]
    api_key = "sk_live_..."

    [profiles.staging]
    api_key = "sk_test_..."
    base_url = "https://staging.example/api/ext"
    max_retries = 5

The profile is ``--profile``, else ``TOKPORTAL_PROFILE``, else ``default``. Each setting comes from the command
line first, then the library's environment variables (``TOKPORTAL_API_KEY``, ``TOKPORTAL_BASE_URL``), then the
profile. The file is written with owner-only permissions, atomically; nothing here ever prints the key.
"""

from __future__ import annotations

import os
import tempfile
import tomllib
from pathlib import Path
from typing import Any, Final

SETTINGS: Final = {
    "api_key": "the API key (sk_...); `tokportal config set api_key` asks for it without echoing",
    "base_url": "the API base URL (default: TokPortal's)",
    "timeout": "seconds per attempt",
    "max_retries": "retries after the first attempt",
}
SECRET: Final = frozenset({"api_key"})
DEFAULT_PROFILE: Final = "default"


def config_path() -> Path:
    """``TOKPORTAL_CONFIG``, else ``$XDG_CONFIG_HOME/tokportal/config.toml``, else ``~/.config/tokportal/...``."""
    explicit = os.environ.get("TOKPORTAL_CONFIG")
    if explicit:
        return Path(explicit).expanduser()
    base = os.environ.get("XDG_CONFIG_HOME") or str(Path("~/.config").expanduser())
    return Path(base) / "tokportal" / "config.toml"


def profile_name(explicit: str | None) -> str:
    return explicit or os.environ.get("TOKPORTAL_PROFILE") or DEFAULT_PROFILE


class ConfigError(ValueError):
    """The config file cannot be read, or a setting is wrong (exit code 2)."""


def load(path: Path | None = None) -> dict[str, dict[str, Any]]:
    path = path or config_path()
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return {}
    except OSError as error:
        raise ConfigError(f"{path}: cannot read the config file: {error.strerror}") from None
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        raise ConfigError(f"{path}: not valid TOML: {error}") from None
    profiles = data.get("profiles", {})
    if not isinstance(profiles, dict) or not all(isinstance(v, dict) for v in profiles.values()):
        raise ConfigError(f"{path}: expected [profiles.<name>] tables")
    return profiles


def profile(name: str, path: Path | None = None, *, required: bool = False) -> dict[str, Any]:
    """The settings of profile ``name`` (empty when there is none, unless ``required``)."""
    profiles = load(path)
    if name not in profiles:
        if required:
            known = ", ".join(sorted(profiles)) or "none"
            raise ConfigError(f"profile: no profile {name!r} in {path or config_path()} (profiles: {known})")
        return {}
    return dict(profiles[name])


def check_setting(key: str, value: str) -> str | int | float:
    if key not in SETTINGS:
        raise ConfigError(f"key: expected one of {', '.join(SETTINGS)}, got {key!r}")
    if key == "max_retries":
        try:
            number = int(value)
        except ValueError:
            raise ConfigError(f"max_retries: expected a non-negative integer, got {value!r}") from None
        if number < 0:
            raise ConfigError(f"max_retries: expected a non-negative integer, got {value!r}")
        return number
    if key == "timeout":
        try:
            seconds = float(value)
        except ValueError:
            raise ConfigError(f"timeout: expected a number of seconds, got {value!r}") from None
        if seconds <= 0:
            raise ConfigError(f"timeout: expected a positive number of seconds, got {value!r}")
        return seconds
    if not value or not value.isprintable():
        raise ConfigError(f"{key}: expected a non-empty printable value")
    return value


def set_value(name: str, key: str, value: str, path: Path | None = None) -> Path:
    """Set ``key`` of profile ``name`` and write the file (0600, atomically)."""
    path = path or config_path()
    checked = check_setting(key, value)
    profiles = load(path)
    profiles.setdefault(name, {})[key] = checked
    _write(path, profiles)
    return path


def unset_value(name: str, key: str, path: Path | None = None) -> Path:
    path = path or config_path()
    profiles = load(path)
    if name in profiles:
        profiles[name].pop(key, None)
        _write(path, profiles)
    return path


def _toml_value(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return repr(value)
    text = str(value).replace("\\", "\\\\").replace('"', '\\"')
    return f'"{text}"'


def _toml_key(key: str) -> str:
    return key if key.replace("_", "").replace("-", "").isalnum() else _toml_value(key)


def render(profiles: dict[str, dict[str, Any]]) -> str:
    lines = ["# tokportal command-line profiles (tokportal config set/show). Keep this file private."]
    for name, settings in profiles.items():
        lines += ["", f"[profiles.{_toml_key(name)}]"]
        lines += [f"{_toml_key(k)} = {_toml_value(v)}" for k, v in settings.items()]
    return "\n".join(lines) + "\n"


def _write(path: Path, profiles: dict[str, dict[str, Any]]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    descriptor, temporary = tempfile.mkstemp(prefix=".config-", suffix=".toml", dir=path.parent)
    try:
        os.fchmod(descriptor, 0o600)
        with os.fdopen(descriptor, "w", encoding="utf-8") as file:
            file.write(render(profiles))
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def masked(key: str, value: Any) -> str:
    """How ``config show`` prints a value: secrets only say that they are set."""
    if key in SECRET:
        return "(set)" if value else "(not set)"
    return str(value)
