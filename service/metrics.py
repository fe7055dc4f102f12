"""Prometheus metrics of the monitoring service.

Names carry the ``mad_`` prefix and base units (seconds, tokens). Every label has a small fixed
set of values (route templates, status codes, the one detector id, the source of a verdict), never
request ids, prompts or model output, so the series count cannot grow with traffic.

The registry lives in one process on purpose: the model is loaded once per process and the
batching engine can only batch requests that reach the same process, so one server process per
accelerator is the deployment unit and there is nothing to aggregate across workers (prometheus
client's multiprocess mode would only add a shared-directory dependency). Scale out with more
processes behind a load balancer, each scraped on its own.

The alerting rules and dashboards in ``deploy/`` are built on these names (a test scrapes a running
server and checks every name they use): rename nothing, only add.
"""

from __future__ import annotations

from collections.abc import Iterable

from prometheus_client import (
    CollectorRegistry,
    Counter,
    Gauge,
    Histogram,
    Info,
    generate_latest,
)

from mad.detector import Detector

ROUTES = (
    "/v1/chat/completions",
    "/v1/completions",
    "/v1/score",
    "/v1/models",
    "/healthz",
    "/readyz",
    "/metrics",
)
SOURCES = ("generate", "score")
UNSCORED_REASONS = ("overload", "too_long", "no_text")
# Upstream faults (``mad serve --upstream``), each counted in mad_upstream_errors_total.
UPSTREAM_FAULTS = (
    "connect",
    "timeout",
    "http_4xx",
    "http_5xx",
    "malformed",
    "stream_cut",
    "stream_error",
    "model_mismatch",
)
_SCORE_BUCKETS = (-1.0, 0.0, 0.25, 0.5, 0.75, 0.9, 1.0, 1.1, 1.25, 1.5, 2.0, 3.0, 5.0, 10.0)
_LATENCY_BUCKETS = (0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0, 60.0)
_BATCH_BUCKETS = (1, 2, 4, 8, 16, 32, 64, 128)


def route_label(path: str) -> str:
    """The route template for a path, or "other": unknown paths must not create new series."""
    return path if path in ROUTES else "other"


def p_value_buckets(alpha: float) -> tuple[float, ...]:
    """Buckets dense around alpha, where the flag decision is made."""
    edges = {alpha / 10, alpha / 5, alpha / 2, alpha, 2 * alpha, 5 * alpha, 0.5, 1.0}
    return tuple(sorted(e for e in edges if 0 < e <= 1))


class Metrics:
    """All metrics of one server, in their own registry."""

    def __init__(
        self,
        detector: Detector,
        *,
        model: str,
        action: str,
        adaptive: bool = False,
        upstream: bool = False,
    ) -> None:
        self.registry = CollectorRegistry()
        r = self.registry
        self.detector = detector.id
        self.requests = Counter(
            "mad_http_requests",
            "HTTP requests by route and status.",
            ["route", "status"],
            registry=r,
        )
        self.in_flight = Gauge(
            "mad_http_requests_in_flight", "HTTP requests being served.", ["route"], registry=r
        )
        self.request_seconds = Histogram(
            "mad_http_request_duration_seconds",
            "Time from request to last response byte.",
            ["route"],
            buckets=_LATENCY_BUCKETS,
            registry=r,
        )
        self.score = Histogram(
            "mad_anomaly_score",
            "Detector score per verdict (0 = a median trusted input, 1 = at the layers' own "
            "alpha thresholds).",
            ["detector", "source"],
            buckets=_SCORE_BUCKETS,
            registry=r,
        )
        self.p_value = Histogram(
            "mad_anomaly_p_value",
            "Calibrated p-value per verdict.",
            ["detector", "source"],
            buckets=p_value_buckets(detector.alpha),
            registry=r,
        )
        self.flagged = Counter(
            "mad_flagged", "Verdicts with p <= alpha.", ["detector", "source"], registry=r
        )
        # Against the trusted set alone, whatever the mode: the drift alert's count (in
        # non-adaptive mode it equals mad_flagged_total summed over sources).
        self.trusted_flagged = Counter(
            "mad_trusted_flagged",
            "Verdicts whose trusted-only p-value is <= alpha.",
            ["detector"],
            registry=r,
        )
        self.suppressed = Counter(
            "mad_adaptive_suppressed",
            "Verdicts flagged against the trusted set but not against the recent traffic "
            "(adaptive mode; always 0 otherwise).",
            ["detector"],
            registry=r,
        )
        # Only a server with a traffic window has a window to describe.
        self.window_records: Gauge | None = None
        self.drift_p_value: Gauge | None = None
        if adaptive:
            self.window_records = Gauge(
                "mad_adaptive_window_records",
                "Records in the adaptive traffic window.",
                registry=r,
            )
            self.drift_p_value = Gauge(
                "mad_drift_p_value",
                "One-sided binomial p-value of the window's trusted-only flag count against "
                "alpha (small: traffic has moved away from the trusted set).",
                ["detector"],
                registry=r,
            )
        # Per layer: which layer raises the flags, and whether one layer's p-values drift (each
        # layer's own p-value is a plain conformal p-value, ~uniform on trusted inputs whatever
        # the combination rule). Layers are fixed per detector, so the series count is bounded.
        self.layer_p_value = Histogram(
            "mad_layer_p_value",
            "Each layer's own calibrated p-value per verdict.",
            ["detector", "layer"],
            buckets=p_value_buckets(detector.alpha),
            registry=r,
        )
        self.layer_flagged = Counter(
            "mad_layer_flagged",
            "Verdicts whose layer p-value is <= alpha (that layer alone would flag).",
            ["detector", "layer"],
            registry=r,
        )
        self.ready = Gauge(
            "mad_ready",
            "1 while the server accepts work (what /readyz reports), else 0.",
            registry=r,
        )
        self.blocked = Counter(
            "mad_blocked", "Requests refused by the block action.", ["detector"], registry=r
        )
        self.cut = Counter(
            "mad_cut",
            "Answers the block action cut at the token where their verdict settled flagged.",
            ["detector"],
            registry=r,
        )
        self.unscored = Counter(
            "mad_unscored",
            "Exchanges answered without a verdict, by reason (overload: --on-overload "
            "pass-unscored; too_long: beyond the model's context; no_text: nothing to score).",
            ["reason"],
            registry=r,
        )
        for reason in UNSCORED_REASONS:
            self.unscored.labels(reason)
        self._upstream(upstream)
        self.generation_seconds = Histogram(
            "mad_generation_duration_seconds",
            "Model time per batch (generation, hooks included, scoring excluded).",
            buckets=_LATENCY_BUCKETS,
            registry=r,
        )
        self.scoring_seconds = Histogram(
            "mad_scoring_duration_seconds",
            "Detector time per batch (from captured activations to verdicts).",
            buckets=_LATENCY_BUCKETS,
            registry=r,
        )
        self.batch_size = Histogram(
            "mad_batch_size", "Requests per generation batch.", buckets=_BATCH_BUCKETS, registry=r
        )
        self.queue_depth = Gauge(
            "mad_queue_depth", "Requests waiting for a generation batch.", registry=r
        )
        self.prompt_tokens = Counter("mad_prompt_tokens", "Prompt tokens processed.", registry=r)
        self.generated_tokens = Counter("mad_generated_tokens", "Tokens generated.", registry=r)
        self.rejected = Counter(
            "mad_queue_rejected",
            "Requests refused with 429 because the queue was full.",
            registry=r,
        )
        self.flag_log_errors = Counter(
            "mad_flag_log_errors", "Failed writes to the flagged-case log.", registry=r
        )
        info = Info("mad_detector", "The detector this server runs.", registry=r)
        m = detector.manifest
        info.info(
            {
                "detector": detector.id,
                "model": model,
                "position": m.position,
                "scorer": m.scorer,
                "layers": ",".join(m.layers),
                "action": action,
            }
        )
        Gauge("mad_detector_alpha", "Target false-positive rate.", ["detector"], registry=r).labels(
            detector.id
        ).set(detector.alpha)
        threshold = Gauge(
            "mad_detector_layer_threshold",
            "Raw layer score at the layer's own alpha threshold.",
            ["detector", "layer"],
            registry=r,
        )
        for layer, value in detector.calibration.thresholds().items():
            threshold.labels(detector.id, layer).set(value)
        # The alert rules test the flag count against a beta-binomial law whose spread depends
        # on how many trusted inputs the p-values were calibrated on.
        Gauge(
            "mad_detector_calibration_size",
            "Held-out trusted inputs the p-values are calibrated on (n_cal).",
            ["detector"],
            registry=r,
        ).labels(detector.id).set(detector.calibration.n_cal)
        self.alpha = detector.alpha
        self.layers = tuple(detector.layers)
        # Export zeros up front, so rates and increases exist before the first verdict: a series
        # born at 1 would hide its first observations from increase(), biasing the flag-rate
        # statistics (flags counted, verdicts not).
        for source in SOURCES:
            self.flagged.labels(self.detector, source)
            self.score.labels(self.detector, source)
            self.p_value.labels(self.detector, source)
        for layer in self.layers:
            self.layer_p_value.labels(self.detector, layer)
            self.layer_flagged.labels(self.detector, layer)
        self.blocked.labels(self.detector)
        self.cut.labels(self.detector)
        self.trusted_flagged.labels(self.detector)
        self.suppressed.labels(self.detector)

    def _upstream(self, upstream: bool) -> None:
        """Metrics of the upstream a proxying server forwards to (only such a server has one)."""
        r = self.registry
        self.upstream_requests: Counter | None = None
        self.upstream_errors: Counter | None = None
        self.upstream_seconds: Histogram | None = None
        self.scoring_backlog: Gauge | None = None
        if not upstream:
            return
        self.upstream_requests = Counter(
            "mad_upstream_requests",
            "Requests forwarded to the upstream, by route and the upstream's status code "
            "('none' when no response came back).",
            ["route", "status"],
            registry=r,
        )
        self.upstream_errors = Counter(
            "mad_upstream_errors",
            "Upstream faults, by kind (connect, timeout, http_4xx, http_5xx, malformed, "
            "stream_cut, stream_error, model_mismatch).",
            ["kind"],
            registry=r,
        )
        for kind in UPSTREAM_FAULTS:
            self.upstream_errors.labels(kind)
        self.upstream_seconds = Histogram(
            "mad_upstream_duration_seconds",
            "Time from forwarding a request to the upstream's last byte.",
            ["route"],
            buckets=_LATENCY_BUCKETS,
            registry=r,
        )
        self.scoring_backlog = Gauge(
            "mad_scoring_backlog",
            "Exchanges admitted and not yet scored (bounded by --max-queue; --on-overload says "
            "what happens beyond).",
            registry=r,
        )

    def upstream_fault(self, kind: str) -> None:
        assert self.upstream_errors is not None and kind in UPSTREAM_FAULTS
        self.upstream_errors.labels(kind).inc()

    def verdicts(self, anomalies: Iterable[dict], source: str) -> None:
        for anomaly in anomalies:
            if anomaly.get("scored") is False:
                continue  # no verdict was made: nothing to count (mad_unscored_total has it)
            self.score.labels(self.detector, source).observe(anomaly["score"])
            self.p_value.labels(self.detector, source).observe(anomaly["p_value"])
            if anomaly["flagged"]:
                self.flagged.labels(self.detector, source).inc()
            if anomaly.get("flagged_trusted", anomaly["flagged"]):
                self.trusted_flagged.labels(self.detector).inc()
                if not anomaly["flagged"]:
                    self.suppressed.labels(self.detector).inc()
            layers = anomaly.get("layers") or {}
            for layer in self.layers:  # only the detector's own layers: bounded labels
                if layer in layers:
                    p = layers[layer]["p_value"]
                    self.layer_p_value.labels(self.detector, layer).observe(p)
                    if p <= self.alpha:
                        self.layer_flagged.labels(self.detector, layer).inc()

    def adaptive_window(self, records: int, drift_p_value: float) -> None:
        """The traffic window's fill and drift p-value (adaptive mode)."""
        assert self.window_records is not None and self.drift_p_value is not None
        self.window_records.set(records)
        self.drift_p_value.labels(self.detector).set(drift_p_value)

    def render(self) -> bytes:
        return generate_latest(self.registry)
