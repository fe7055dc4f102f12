"""Helpers shared by the service tests: a real `mad serve` app on a free loopback port.

Servers run in background threads (uvicorn, the real app, the real engine and model); clients
are the official ``openai`` package, LangChain's ``ChatOpenAI`` and plain ``httpx``.
"""

from __future__ import annotations

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
