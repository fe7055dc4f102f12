"""Static checks of deploy/: Dockerfiles (hadolint and invariants), compose files (validated by
docker-compose itself, which needs no engine for `config`), the dashboard's structure.

The images cannot be built here (no Docker engine), so these checks are what CI can prove about
them; tests/test_deploy_e2e.py runs their entrypoint and health check for real.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
from pathlib import Path

import pytest
import yaml
from conftest import require_tool

ROOT = Path(__file__).resolve().parent.parent
DEPLOY = ROOT / "deploy"
DOCKERFILES = [DEPLOY / "docker/Dockerfile", DEPLOY / "docker/Dockerfile.cuda"]
COMPOSE = DEPLOY / "compose"


def _instructions(path: Path) -> list[tuple[str, str]]:
    """(INSTRUCTION, arguments) with line continuations joined and comments dropped."""
    text = re.sub(r"\\\n", " ", path.read_text())
    out = []
    for line in text.splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            word, _, rest = line.partition(" ")
            out.append((word.upper(), rest.strip()))
    return out


@pytest.mark.parametrize("dockerfile", DOCKERFILES, ids=lambda p: p.name)
def test_hadolint_passes(dockerfile):
    hadolint = require_tool("hadolint", str(ROOT / ".tools/venv/bin/hadolint"))
    result = subprocess.run([hadolint, str(dockerfile)], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.parametrize("dockerfile", DOCKERFILES, ids=lambda p: p.name)
def test_dockerfile_invariants(dockerfile):
    steps = _instructions(dockerfile)
    args = dict(a.split("=", 1) for word, a in steps if word == "ARG" and "=" in a)
    # the base image is pinned by tag and digest
    assert re.fullmatch(
        r"python:3\.11\.\d+-slim-bookworm@sha256:[0-9a-f]{64}", args["PYTHON_IMAGE"]
    )
    assert [a for w, a in steps if w == "FROM"] == ["${PYTHON_IMAGE} AS build", "${PYTHON_IMAGE}"]
    # the final stage runs as the non-root user it creates
    users = [a for w, a in steps if w == "USER"]
    assert users == ["10001:10001"]
    assert any("useradd" in a and "--uid 10001" in a for w, a in steps if w == "RUN")
    # the health check asks /readyz (through healthcheck.py)
    [check] = [a for w, a in steps if w == "HEALTHCHECK"]
    assert "mad-healthcheck.py" in check
    assert "/readyz" in (DEPLOY / "docker/healthcheck.py").read_text()
    # torch (pinned) goes in before mad, so mad's unpinned torch requirement is already met
    runs = [a for w, a in steps if w == "RUN"]
    torch_step = next(i for i, a in enumerate(runs) if "TORCH_SPEC" in a)
    mad_step = next(i for i, a in enumerate(runs) if '".[serve]"' in a)
    assert torch_step < mad_step and args["TORCH_SPEC"] == "torch==2.13.0"
    if dockerfile.name == "Dockerfile":
        assert args["TORCH_INDEX_URL"] == "https://download.pytorch.org/whl/cpu"
    # model, detector and state are volumes; nothing secret is baked in
    [volumes] = [json.loads(a) for w, a in steps if w == "VOLUME"]
    assert set(volumes) == {"/detector", "/models", "/var/lib/mad"}
    for word, arg in steps:
        if word in ("ENV", "ARG", "LABEL"):
            assert not re.search(r"(KEY|TOKEN|PASSWORD|SECRET)\w*=\S", arg, re.I), arg
        if word == "COPY":
            assert not re.search(r"key|secret|\.env", arg, re.I), arg
    ignore = Path(f"{dockerfile}.dockerignore").read_text().splitlines()
    patterns = [line for line in ignore if line and not line.startswith("#")]
    assert patterns[0] == "*"  # an allow-list: .venv/, runs/, .tools/ never reach the build


def test_entrypoint_is_valid_sh():
    result = subprocess.run(["sh", "-n", str(DEPLOY / "docker/entrypoint.sh")], capture_output=True)
    assert result.returncode == 0, result.stderr


def _compose_config(files: list[str], env: dict[str, str]) -> subprocess.CompletedProcess:
    compose = require_tool("docker-compose", "/usr/bin/docker-compose")
    cmd = [compose, "--project-name", "mad"]
    for name in files:
        cmd += ["-f", str(COMPOSE / name)]
    return subprocess.run(
        [*cmd, "config"], capture_output=True, text=True, env={**os.environ, **env}, timeout=120
    )


def _mounts(service: dict) -> dict[str, tuple[str, str]]:
    """target -> (source, mode) from docker-compose v1's short syntax "source:target:mode"."""
    out = {}
    for volume in service.get("volumes", []):
        source, target, mode = volume.rsplit(":", 2)
        out[target] = (source, mode)
    return out


def test_compose_stack_validates_and_is_wired(tmp_path):
    result = _compose_config(["docker-compose.yaml"], {})
    assert result.returncode == 0, result.stderr
    config = yaml.safe_load(result.stdout)
    services = config["services"]
    assert set(services) == {"detector-demo", "mad", "prometheus", "alertmanager", "grafana"}
    assert services["mad"]["depends_on"]["detector-demo"]["condition"] == (
        "service_completed_successfully"
    )
    for name, service in services.items():  # published ports stay on loopback
        for port in service.get("ports", []):
            assert port.startswith("127.0.0.1:"), (name, port)
    prometheus = _mounts(services["prometheus"])
    assert prometheus["/etc/prometheus/rules"] == (str(DEPLOY / "prometheus/rules"), "ro")
    grafana = _mounts(services["grafana"])
    assert grafana["/var/lib/grafana/dashboards"] == (str(DEPLOY / "grafana/dashboards"), "ro")
    assert grafana["/etc/grafana/provisioning"] == (str(DEPLOY / "grafana/provisioning"), "ro")
    alertmanager = _mounts(services["alertmanager"])
    config = str(DEPLOY / "alertmanager/alertmanager.yml")
    assert alertmanager["/etc/alertmanager/alertmanager.yml"] == (config, "ro")


def test_compose_overlays_validate_and_mount_secrets_at_run_time(tmp_path):
    (tmp_path / "keys").write_text("key-0123456789abcdef\n")
    (tmp_path / "password").write_text("not-in-the-image\n")
    (tmp_path / "detector").mkdir()
    (tmp_path / "models").mkdir()
    env = {
        "MAD_API_KEY_FILE": str(tmp_path / "keys"),
        "GRAFANA_ADMIN_PASSWORD_FILE": str(tmp_path / "password"),
        "MAD_DETECTOR_DIR": str(tmp_path / "detector"),
        "MAD_MODELS_DIR": str(tmp_path / "models"),
    }
    files = ["docker-compose.yaml", "docker-compose.custom.yaml", "docker-compose.auth.yaml"]
    result = _compose_config(files, env)
    assert result.returncode == 0, result.stderr
    config = yaml.safe_load(result.stdout)
    mad = config["services"]["mad"]
    assert mad["environment"]["MAD_API_KEY_FILE"] == "/run/secrets/mad_api_keys"
    assert mad["environment"]["MAD_DETECTOR"] == "/detector"
    assert config["secrets"]["mad_api_keys"]["file"] == str(tmp_path / "keys")
    assert "key-0123456789abcdef" not in result.stdout  # the file is named, never inlined
    mounts = _mounts(mad)
    assert mounts["/detector"] == (str(tmp_path / "detector"), "ro")
    assert mounts["/models"] == (str(tmp_path / "models"), "ro")
    # without the files the overlays refuse to start, naming the variable
    result = _compose_config(["docker-compose.yaml", "docker-compose.auth.yaml"], {})
    assert result.returncode != 0 and "MAD_API_KEY_FILE" in result.stderr


def test_dashboard_structure():
    board = json.loads((DEPLOY / "grafana/dashboards/mad.json").read_text())
    panels = board["panels"]
    ids = [p["id"] for p in panels]
    assert len(ids) == len(set(ids))
    for panel in panels:
        grid = panel["gridPos"]
        assert grid["x"] >= 0 and grid["x"] + grid["w"] <= 24, panel["title"]
        if panel["type"] != "row":
            assert panel["datasource"] == {"type": "prometheus", "uid": "${datasource}"}
            assert panel["targets"] and panel.get("description"), panel["title"]
    kinds = {p["type"] for p in panels}
    assert {"timeseries", "heatmap", "stat", "table", "row"} <= kinds
    titles = " | ".join(p["title"] for p in panels)
    for needed in ("alpha", "p-value", "score", "layer", "scoring", "In flight", "5xx"):
        assert needed.lower() in titles.lower(), needed
    variables = {v["name"] for v in board["templating"]["list"]}
    assert variables == {"datasource", "job", "instance", "detector", "layer"}
    # adaptive mode: trusted-only next to served flags in one panel, and the drift p-value
    exprs = {p["title"]: " ".join(t["expr"] for t in p.get("targets", [])) for p in panels}
    assert any(
        "mad_trusted_flagged_total" in e and "mad_flagged_total" in e for e in exprs.values()
    )
    assert any("mad_drift_p_value" in e for e in exprs.values())


def test_grafana_provisioning_points_at_the_dashboard_and_prometheus():
    sources = yaml.safe_load((DEPLOY / "grafana/provisioning/datasources/mad.yaml").read_text())[
        "datasources"
    ]
    prometheus = next(s for s in sources if s["type"] == "prometheus")
    assert prometheus["url"] == "http://prometheus:9090" and prometheus["isDefault"]
    providers = yaml.safe_load((DEPLOY / "grafana/provisioning/dashboards/mad.yaml").read_text())[
        "providers"
    ]
    assert providers[0]["options"]["path"] == "/var/lib/grafana/dashboards"


def _upstream_env(tmp_path: Path) -> dict[str, str]:
    (tmp_path / "engine-key").write_text("# the engine's key\nengine-key-0123456789abcdef\n")
    (tmp_path / "detector").mkdir()
    (tmp_path / "models/my-model").mkdir(parents=True)
    return {
        "MAD_DETECTOR_DIR": str(tmp_path / "detector"),
        "MAD_MODELS_DIR": str(tmp_path / "models"),
        "MAD_UPSTREAM_MODEL_DIR": "my-model",
        "MAD_UPSTREAM_MODEL": "my-model",
        "MAD_UPSTREAM_API_KEY_FILE": str(tmp_path / "engine-key"),
    }


def test_compose_upstream_overlay_puts_mad_in_front_of_the_engine(tmp_path):
    env = _upstream_env(tmp_path)
    result = _compose_config(["docker-compose.yaml", "docker-compose.upstream.yaml"], env)
    assert result.returncode == 0, result.stderr
    config = yaml.safe_load(result.stdout)
    services = config["services"]
    mad, engine = services["mad"], services["engine"]
    # mad forwards to the engine on the compose network and scores with the same weights
    command = mad["command"]
    assert command[command.index("--upstream") + 1] == "http://engine:8000/v1"
    assert command[command.index("--upstream-model") + 1] == "my-model"
    assert command[command.index("--served-model-name") + 1] == "my-model"
    assert command[command.index("--upstream-api-key-file") + 1] == "/run/secrets/upstream_api_key"
    assert command[command.index("--on-overload") + 1] == "queue"
    assert command[command.index("--on-model-mismatch") + 1] == "refuse"
    assert mad["environment"]["MAD_MODEL"] == "/models/my-model"  # --model, by the entrypoint
    assert mad["environment"]["MAD_DETECTOR"] == "/detector"
    assert "engine:8000" not in " ".join(engine.get("command", []) + engine["entrypoint"])
    assert "vllm/vllm-openai:" in engine["image"]
    assert "--model=/models/my-model" in engine["command"]
    assert "--served-model-name=my-model" in engine["command"]
    # the same weights, read-only, in both; the detector in mad
    for service in (mad, engine):
        assert _mounts(service)["/models"] == (str(tmp_path / "models"), "ro")
    assert _mounts(mad)["/detector"] == (str(tmp_path / "detector"), "ro")
    # the engine must be healthy before mad starts; only mad is published
    assert mad["depends_on"]["engine"]["condition"] == "service_healthy"
    assert "/health" in " ".join(engine["healthcheck"]["test"])
    assert "ports" not in engine
    assert mad["ports"] == ["127.0.0.1:8000:8000/tcp"]
    # the key: a secret file for both, never a value in the configuration
    assert config["secrets"]["upstream_api_key"]["file"] == env["MAD_UPSTREAM_API_KEY_FILE"]
    for service in (mad, engine):
        assert [s["source"] for s in service["secrets"]] == ["upstream_api_key"]
        assert "VLLM_API_KEY" not in service.get("environment", {})
    assert "engine-key-0123456789abcdef" not in result.stdout
    # without the settings it refuses to start, naming the variable
    result = _compose_config(["docker-compose.yaml", "docker-compose.upstream.yaml"], {})
    assert result.returncode != 0 and "MAD_" in result.stderr


def test_compose_upstream_engine_reads_its_key_from_the_secret(tmp_path):
    """The engine's start-up script, run by sh as the container would: the key (first line that
    is not blank or a comment) reaches vLLM's server as VLLM_API_KEY, the arguments unchanged;
    a file without a key stops it. `python3` is a stand-in that prints what it was given."""
    env = _upstream_env(tmp_path)
    result = _compose_config(["docker-compose.yaml", "docker-compose.upstream.yaml"], env)
    assert result.returncode == 0, result.stderr
    engine = yaml.safe_load(result.stdout)["services"]["engine"]
    sh, flag, script, name = engine["entrypoint"]
    assert (sh, flag, name) == ("sh", "-c", "engine")
    script = script.replace("$$", "$")  # compose's escape, as the container receives it
    assert "/run/secrets/upstream_api_key" in script
    shim = tmp_path / "bin/python3"
    shim.parent.mkdir()
    shim.write_text('#!/bin/sh\necho "key=$VLLM_API_KEY"\necho "args=$*"\n')
    shim.chmod(0o755)
    path = {"PATH": f"{shim.parent}:{os.environ['PATH']}"}

    def start(key_file: Path) -> subprocess.CompletedProcess:
        run = script.replace("/run/secrets/upstream_api_key", str(key_file))
        argv = ["sh", "-c", run, "engine", *engine["command"]]
        env = {**os.environ, **path}
        return subprocess.run(argv, capture_output=True, text=True, env=env, timeout=30)

    done = start(tmp_path / "engine-key")
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines() == [
        "key=engine-key-0123456789abcdef",
        "args=-m vllm.entrypoints.openai.api_server " + " ".join(engine["command"]),
    ]
    (tmp_path / "empty").write_text("# no key here\n\n")
    done = start(tmp_path / "empty")
    assert done.returncode == 2 and "holds no key" in done.stderr and not done.stdout


def test_compose_upstream_gpu_overlay_reserves_a_gpu_for_the_engine(tmp_path):
    env = _upstream_env(tmp_path)
    files = [
        "docker-compose.yaml",
        "docker-compose.upstream.yaml",
        "docker-compose.upstream-gpu.yaml",
        "docker-compose.auth.yaml",  # the overlays compose: client keys on mad as well
    ]
    (tmp_path / "keys").write_text("key-0123456789abcdef\n")
    (tmp_path / "password").write_text("not-in-the-image\n")
    env |= {
        "MAD_API_KEY_FILE": str(tmp_path / "keys"),
        "GRAFANA_ADMIN_PASSWORD_FILE": str(tmp_path / "password"),
    }
    result = _compose_config(files, env)
    assert result.returncode == 0, result.stderr
    services = yaml.safe_load(result.stdout)["services"]
    [device] = services["engine"]["deploy"]["resources"]["reservations"]["devices"]
    assert device["driver"] == "nvidia" and device["capabilities"] == ["gpu"]
    assert "deploy" not in services["mad"]
    assert services["mad"]["environment"]["MAD_API_KEY_FILE"] == "/run/secrets/mad_api_keys"
    assert "--upstream" in services["mad"]["command"]
    assert {s["source"] for s in services["mad"]["secrets"]} == {"mad_api_keys", "upstream_api_key"}
