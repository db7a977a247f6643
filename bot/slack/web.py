"""The Web API client the bot posts with: a timeout, and retries on Slack's limits and faults.

slack_sdk's `WebClient` retries only a connection error once by default: a 429, a 5xx or
a `ratelimited` answer reaches the listener at once, and a hung call waits 30 seconds.
The handlers here use slack_sdk's own (`slack_sdk.http_retry`); one small handler adds
the `ratelimited` answer that arrives with HTTP 200.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from http.client import RemoteDisconnected
from urllib.error import URLError

from slack_sdk import WebClient
from slack_sdk.http_retry import (
    BackoffRetryIntervalCalculator,
    ConnectionErrorRetryHandler,
    HttpRequest,
    HttpResponse,
    Jitter,
    RateLimitErrorRetryHandler,
    RetryHandler,
    RetryState,
)
from slack_sdk.http_retry.builtin_handlers import ServerErrorRetryHandler


@dataclass(frozen=True)
class RetryPolicy:
    """How long one Web API attempt may take, and how often a failed one is tried again.

    slack_sdk counts retries per call across all handlers: a handler retries only while
    the call has had fewer retries than its own count, so a call is tried at most
    1 + max(counts) times, whatever mix of faults it meets.
    """

    # Slack answers chat.postMessage in well under a second; a call still open after 10 s
    # is hung. The reply is posted after the event was acknowledged, so nobody waits on
    # Slack's 3-second limit here, only the user on the answer.
    timeout: int = 10
    # 429: each retry waits Retry-After (plus up to 1 s of jitter, slack_sdk's). Three
    # retries ride out a burst in one channel (chat.postMessage allows about 1 a second).
    rate_limit_retries: int = 3
    # 5xx, `ratelimited` with HTTP 200, connection errors and timeouts: two retries,
    # waiting backoff_factor × 2^n and up to half as long again (0.5–0.75 s, then 1–1.5 s).
    # A blip passes in that time; an outage does not, and then the user is better served
    # by the error reply, with the phone number, than by a longer silence.
    fault_retries: int = 2
    backoff_factor: float = 0.5


DEFAULT_POLICY = RetryPolicy()
# A 500 or 503 is slack_sdk's list; a 502 or 504 from Slack's edge is as passing.
_TRANSIENT_STATUSES = frozenset({500, 502, 503, 504})


def web_client(
    token: str | None, base_url: str, *, policy: RetryPolicy = DEFAULT_POLICY
) -> WebClient:
    """A client for the bot token that ends a hung call and retries what Slack says to.

    bolt copies the timeout and the retry handlers into the client each listener gets.

    Args:
        token: The bot token (xoxb-…); None for the client of the OAuth exchange.
        base_url: The Web API URL, https://slack.com/api/ or a stand-in's.
        policy: The timeout and retry budget; tests pass a quicker one.

    Returns:
        The client. After its last retry a call raises as slack_sdk does: `SlackApiError`
        for an answer, the connection's own error (`URLError`, `TimeoutError`) otherwise.
    """
    backoff = BackoffRetryIntervalCalculator(policy.backoff_factor, ProportionalJitter())
    handlers: list[RetryHandler] = [
        RateLimitErrorRetryHandler(max_retry_count=policy.rate_limit_retries),
        TransientServerErrorRetryHandler(policy.fault_retries, backoff),
        RatelimitedAnswerRetryHandler(policy.fault_retries, backoff),
        ConnectionErrorRetryHandler(
            policy.fault_retries,
            backoff,
            # A timeout while reading the answer is a bare TimeoutError: urllib wraps only
            # the errors of sending the request in URLError.
            error_types=[URLError, ConnectionError, RemoteDisconnected, TimeoutError],
        ),
    ]
    return WebClient(
        token=token, base_url=base_url, timeout=policy.timeout, retry_handlers=handlers
    )


class ProportionalJitter(Jitter):
    """Up to half the interval more, so that the backoff scales with its factor.

    slack_sdk's RandomJitter adds up to a whole second whatever the interval: more than
    the first waits themselves.
    """

    def recalculate(self, duration: float) -> float:
        return duration * (1 + random.random() / 2)


class TransientServerErrorRetryHandler(ServerErrorRetryHandler):
    """Retries 500, 502, 503 and 504 (slack_sdk's own handler knows only 500 and 503)."""

    def _can_retry(
        self,
        *,
        state: RetryState,
        request: HttpRequest,
        response: HttpResponse | None = None,
        error: Exception | None = None,
    ) -> bool:
        return response is not None and response.status_code in _TRANSIENT_STATUSES


class RatelimitedAnswerRetryHandler(RetryHandler):
    """Retries `{"ok": false, "error": "ratelimited"}` that Slack sends with HTTP 200.

    slack_sdk hands a 200 answer's parsed JSON to the handlers as `response.body`.
    """

    def _can_retry(
        self,
        *,
        state: RetryState,
        request: HttpRequest,
        response: HttpResponse | None = None,
        error: Exception | None = None,
    ) -> bool:
        return (
            response is not None
            and response.status_code == 200
            and (response.body or {}).get("error") == "ratelimited"
        )
