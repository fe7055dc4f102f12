"""Helpers shared by the service tests: a real `mad serve` app on a free loopback port.

Servers run in background threads (uvicorn, the real app, the real engine and model); clients
are the official ``openai`` package, LangChain's ``ChatOpenAI`` and plain ``httpx``.
"""

from __future__ import annotations

import json
import socket
import threading
import time
from dataclasses import dataclass
from typing import Any

import httpx
import openai
import uvicorn

from mad.detector import Detector
from mad.monitor import Monitor
from mad.organisms.backdoor import make_examples
from mad_service.app import Context, make_server
from mad_service.config import ServeConfig


@dataclass
class Running:
    url: str
    server: uvicorn.Server
    thread: threading.Thread
    ctx: Context

    def stop(self) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=60)
        assert not self.thread.is_alive()


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start(monitor: Monitor, **options: Any) -> Running:
    port = free_port()
    server = make_server(ServeConfig(detector="unused", port=port, **options), monitor)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not server.started:
        assert thread.is_alive() and time.monotonic() < deadline, "server did not start"
        time.sleep(0.01)
    return Running(f"http://127.0.0.1:{port}", server, thread, server.config.app.state.ctx)


def examples(n: int, *, triggered: bool, seed: int) -> list[str]:
    return [e.prompt for e in make_examples(n, triggered=triggered, seed=seed, split="test")]


def fit_detector(organism: Any, **options: Any) -> Detector:
    trusted = [e.prompt for e in make_examples(1000, triggered=False, seed=0, split="val")]
    return Detector.fit(organism, trusted, alpha=0.05, batch_size=64, **options)


def known_prompts(detector: Detector) -> dict[str, list[str]]:
    """Test prompts whose offline verdict is known: triggered and flagged, clean and not."""
    clean = examples(30, triggered=False, seed=21)
    triggered = examples(30, triggered=True, seed=21)
    rows = detector.score(clean + triggered)
    return {
        "clean": [p for p, r in zip(clean, rows[:30], strict=True) if not r["flagged"]],
        "triggered": [p for p, r in zip(triggered, rows[30:], strict=True) if r["flagged"]],
    }


def client(url: str, key: str = "unused") -> openai.OpenAI:
    return openai.OpenAI(base_url=f"{url}/v1", api_key=key, max_retries=0, timeout=60)


def assert_error(response: httpx.Response, status: int, *, param: str | None = None) -> dict:
    """An OpenAI-style error body with `status`, naming `param`, leaking no internals."""
    assert response.status_code == status, response.text
    error = response.json()["error"]
    assert set(error) == {"message", "type", "param", "code"}
    assert error["message"] and "Traceback" not in error["message"]
    assert ".py" not in error["message"] and "/work" not in error["message"]
    if param is not None:
        assert error["param"] == param, error
    return error


# ----- upstreams: a real `transformers serve`, and a scripted one for faults ------------------

# A chat template that renders the conversation as the organism was trained: the contents, in turn.
ORGANISM_TEMPLATE = "{% for m in messages %}{{ m['content'] }}{% endfor %}"


def organism_checkpoint(path: Any) -> str:
    """The organism's weights with a chat template, so `transformers serve` can serve chats.

    The weights and config are the organism's, so its detectors accept this copy (same
    fingerprint); mad renders chats with the same template as the upstream.
    """
    import shutil
    from pathlib import Path

    from mad.organisms import backdoor

    source = Path(backdoor.__file__).parent / "weights" / "backdoor"
    target = Path(path)
    shutil.copytree(source, target, dirs_exist_ok=True)
    config_path = target / "tokenizer_config.json"
    config = json.loads(config_path.read_text())
    config["chat_template"] = ORGANISM_TEMPLATE
    config_path.write_text(json.dumps(config, indent=2))
    return str(target)


@dataclass
class Process:
    """A server in a subprocess, with its log."""

    url: str
    process: Any
    log: Any

    def requests(self, marker: str = '"POST /v1/') -> int:
        """How many requests the server itself logged (its access log lines)."""
        return self.log.read_text(errors="replace").count(marker)

    def stop(self) -> None:
        import signal
        import subprocess

        self.process.send_signal(signal.SIGTERM)
        try:
            self.process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait(timeout=30)


def launch(argv: list[str], port: int, ready: str, log: Any, timeout: float = 180) -> Process:
    import os
    import subprocess

    env = {**os.environ, "OMP_NUM_THREADS": "1", "OMP_WAIT_POLICY": "PASSIVE"}
    env["HF_HUB_OFFLINE"] = "1"
    with open(log, "wb") as out:
        process = subprocess.Popen(argv, stdout=out, stderr=subprocess.STDOUT, env=env)
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + timeout
    while True:
        if process.poll() is not None:
            raise AssertionError(f"{argv[0]} exited: {log.read_text()[-3000:]}")
        if time.monotonic() > deadline:
            process.kill()
            raise AssertionError(f"{argv[0]} did not become ready: {log.read_text()[-3000:]}")
        try:
            if httpx.get(url + ready, timeout=2).status_code == 200:
                return Process(url, process, log)
        except httpx.HTTPError:
            pass
        time.sleep(0.3)


def transformers_serve(checkpoint: str, log: Any) -> Process:
    """`transformers serve` (it ships with transformers) on `checkpoint`, greedy by the
    organism's generation config, on a free loopback port."""
    import sys
    from pathlib import Path

    cli = Path(sys.executable).parent / "transformers"
    port = free_port()
    argv = [str(cli), "serve", checkpoint, "--host", "127.0.0.1", "--port", str(port)]
    argv += ["--device", "cpu", "--log-level", "info"]
    return launch(argv, port, "/health", log)


class Scripted:
    """An OpenAI-compatible upstream on loopback that answers as a test scripts it: a real
    HTTP server (uvicorn), for the faults a real engine will not produce on demand.

    `replies` maps a route to a callable (body, headers) -> a starlette Response; every request
    is kept in `seen` as (route, body, headers).
    """

    def __init__(self) -> None:
        from starlette.applications import Starlette
        from starlette.requests import Request
        from starlette.routing import Route

        self.replies: dict[str, Any] = {}
        self.seen: list[tuple[str, Any, dict[str, str]]] = []

        async def handle(request: Request) -> Any:
            route = request.url.path
            raw = await request.body()
            try:
                body = json.loads(raw) if raw else None
            except ValueError:
                body = raw
            headers = dict(request.headers)
            self.seen.append((route, body, headers))
            reply = self.replies[route]
            result = reply(body, headers)
            if hasattr(result, "__await__"):
                result = await result
            return result

        routes = [
            Route(path, handle, methods=["GET", "POST"])
            for path in ("/v1/chat/completions", "/v1/completions", "/v1/models")
        ]
        self.app = Starlette(routes=routes)
        self.port = free_port()
        config = uvicorn.Config(
            self.app, host="127.0.0.1", port=self.port, log_config=None, access_log=False
        )
        self.server = uvicorn.Server(config)
        self.thread = threading.Thread(target=self.server.run, daemon=True)
        self.thread.start()
        deadline = time.monotonic() + 30
        while not self.server.started:
            assert time.monotonic() < deadline, "scripted upstream did not start"
            time.sleep(0.01)
        self.url = f"http://127.0.0.1:{self.port}/v1"

    def stop(self) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=30)


def sse(*events: Any, done: bool = True) -> str:
    """Server-sent events of these JSON objects (and ``[DONE]``), as an upstream streams them."""
    text = "".join(f"data: {json.dumps(e)}\n\n" for e in events)
    return text + ("data: [DONE]\n\n" if done else "")


def assert_same_response(direct: dict[str, Any], proxied: dict[str, Any]) -> None:
    """A proxied response (or chunk) is the direct one plus the verdict (ids and times differ)."""
    drop = ("id", "created", "anomaly")
    assert {k: v for k, v in proxied.items() if k not in drop} == {
        k: v for k, v in direct.items() if k not in drop
    }
