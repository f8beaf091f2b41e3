"""The deployment files, checked without a container engine (none runs here): docker-compose.yml by the
compose specification's own parser (compose-spec) plus what the bot needs of it, and the Dockerfile."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from compose_spec import PyCompose

ROOT = Path(__file__).resolve().parents[2]


def _compose() -> dict[str, Any]:
    compose = PyCompose.from_yaml((ROOT / "docker-compose.yml").read_text(encoding="utf-8"))
    compose.validate()
    return compose.to_dict()


def test_the_compose_file_is_valid_and_wires_postgres_and_the_bot() -> None:
    services = _compose()["services"]
    assert set(services) == {"postgres", "bot", "bot-2"}
    postgres, bot = services["postgres"], services["bot"]
    assert "pg_isready" in postgres["healthcheck"]["test"] and postgres["volumes"][0].startswith("pgdata:")
    for name in ("bot", "bot-2"):
        service = services[name]
        assert service["depends_on"]["postgres"]["condition"] == "service_healthy"
        assert service["environment"]["NEWSBOT_DATABASE_URL"].startswith("postgresql+psycopg://")
        assert "/healthz" in " ".join(service["healthcheck"]["test"])
        assert service["restart"] == "unless-stopped" and service["command"] == ["newsbot", "run"]
        assert service["env_file"] == [{"path": ".env", "required": False}]  # tokens from .env, never the file
        assert not any("TOKEN" in key for key in service["environment"])
    assert services["bot-2"]["profiles"] == ["scale"] and "profiles" not in bot  # the second instance is opt-in
    assert bot["ports"] == ["127.0.0.1:9108:9108"]


@pytest.mark.parametrize(
    "broken",
    [
        "services:\n  bot:\n    image: x\n    restrat: always\n",
        "services:\n  bot:\n    image: x\n    healthcheck:\n      interval: soon\n",
    ],
)
def test_the_validator_refuses_what_an_engine_would(broken: str) -> None:
    with pytest.raises(ValueError, match=r"services\.bot"):
        PyCompose.from_yaml(broken).validate()


def test_the_dockerfile_runs_unprivileged_with_a_health_check() -> None:
    text = (ROOT / "Dockerfile").read_text(encoding="utf-8")
    instructions = [line.split(" ", 1) for line in text.splitlines() if line and not line.startswith((" ", "#"))]
    names = [name for name, *_ in instructions]
    assert re.search(r"^FROM python:3\.1[1-9]-slim$", text, re.MULTILINE)
    assert names.count("USER") == 1 and names.index("USER") > names.index("RUN")  # installs as root, runs as not
    assert dict((n, rest) for n, *rest in instructions)["USER"] == ["newsbot"]
    assert "/healthz" in text.split("HEALTHCHECK", 1)[1].split("\n\n", 1)[0]
    assert instructions[-1] == ["CMD", '["newsbot", "run"]'] and "STOPSIGNAL SIGTERM" in text
    assert "'.[postgres]'" in text  # the PostgreSQL driver the compose file's URL needs
