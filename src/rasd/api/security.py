"""The API's guards: bearer token for writes, request size limit, security headers.

Pure ASGI middleware (no BaseHTTPMiddleware) so that streaming responses and the dashboard's
static files pass through untouched apart from their headers.
"""
from __future__ import annotations

import hmac
from typing import Any

from fastapi import HTTPException, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

bearer = HTTPBearer(auto_error=False, description="the token the API was started with")

API_HEADERS = [(b"x-content-type-options", b"nosniff"), (b"x-frame-options", b"DENY"),
               (b"referrer-policy", b"no-referrer"), (b"cross-origin-resource-policy", b"same-origin")]
API_CSP = (b"content-security-policy", b"default-src 'none'; frame-ancestors 'none'")


def require_token(request: Request, creds: HTTPAuthorizationCredentials | None) -> None:
    """403 when the API has no token (writes disabled), 401 when the caller's token is missing or wrong."""
    expected: str | None = request.app.state.token
    if not expected:
        raise HTTPException(403, "writes are disabled: start the API with a token (create_app(..., token=...))")
    given = creds.credentials if creds else ""
    if not hmac.compare_digest(given.encode("utf-8"), expected.encode("utf-8")):
        raise HTTPException(401, "missing or wrong bearer token", headers={"WWW-Authenticate": "Bearer"})


class GuardMiddleware:
    """Refuses bodies over `max_bytes` (413) and adds security headers to every response."""

    def __init__(self, app: Any, max_bytes: int) -> None:
        self.app = app
        self.max_bytes = max_bytes

    async def __call__(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = dict(scope.get("headers") or [])
        length = headers.get(b"content-length", b"0")
        if not length.isdigit() or int(length) > self.max_bytes:
            await _refuse(send, 413, b'{"detail": "request body too large or malformed length"}')
            return
        api = scope["path"].startswith("/api/") and not scope["path"].startswith("/api/docs")
        await self.app(scope, self._limited(receive), self._with_headers(send, api))

    def _limited(self, receive: Any) -> Any:
        seen = 0

        async def wrapped() -> dict[str, Any]:
            nonlocal seen
            message = await receive()
            seen += len(message.get("body", b""))
            if seen > self.max_bytes:
                raise HTTPException(413, "request body too large")
            return message
        return wrapped

    @staticmethod
    def _with_headers(send: Any, api: bool) -> Any:
        async def wrapped(message: dict[str, Any]) -> None:
            if message["type"] == "http.response.start":
                extra = API_HEADERS + ([API_CSP] if api else [])
                message["headers"] = list(message.get("headers", [])) + extra
            await send(message)
        return wrapped


async def _refuse(send: Any, status: int, body: bytes) -> None:
    await send({"type": "http.response.start", "status": status,
                "headers": [(b"content-type", b"application/json"), *API_HEADERS]})
    await send({"type": "http.response.body", "body": body})
