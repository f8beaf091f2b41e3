"""The only place that reads the environment or the TOML file.

Everything else receives a validated `Settings`, so a bad value fails once, at start, with a sentence an
operator can act on, instead of deep inside a poll. `model.py` holds the settings and their checks,
`loading.py` where their values come from and which of them are secrets.
"""

from bot.settings.loading import DEFAULT_CONFIG_PATH, SECRET_VARIABLES, known_secrets, load_settings
from bot.settings.model import KBS_ALL_NEWS_FEED, Settings

__all__ = ["DEFAULT_CONFIG_PATH", "KBS_ALL_NEWS_FEED", "SECRET_VARIABLES", "Settings", "known_secrets", "load_settings"]
