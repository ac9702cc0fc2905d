"""The FastAPI app over a rasd store: read routes open, write routes behind a bearer token.

Routes live under /api/ only, so the dashboard can mount its pages at / on the same app.
Handlers are plain functions (run in the threadpool) over `rasd.store.api`; no SQL here.
"""
from __future__ import annotations

import io
from collections.abc import Sequence
from datetime import date
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, FastAPI, HTTPException, Path, Query, Request, Response
from fastapi.exceptions import RequestValidationError
from fastapi.middleware.cors import CORSMiddleware
from fastapi.security import HTTPAuthorizationCredentials

from rasd.api.models import CorrectionIn, CorrectionOut, Health, Page, Stats
from rasd.api.security import GuardMiddleware, bearer, require_token
from rasd.export.formats import write_acled_csv, write_geojson
from rasd.store import api as store

EVENT_ID = Path(pattern=r"^[0-9a-f]{1,40}$", description="the stable event id")
ARTICLE_ID = Path(min_length=1, max_length=200)
ERRORS: dict[int | str, dict[str, Any]] = {404: {"description": "not found"}}
WRITE_ERRORS: dict[int | str, dict[str, Any]] = {
    400: {"description": "malformed body"}, 401: {"description": "missing or wrong bearer token"},
    403: {"description": "writes disabled"},
    404: {"description": "unknown event"}, 413: {"description": "body too large"},
    422: {"description": "invalid correction"},
}


def invalid(loc: tuple[str, ...], msg: str) -> RequestValidationError:
    """A 422 shaped like FastAPI's own validation errors (so clients and the schema agree)."""
    return RequestValidationError([{"loc": list(loc), "msg": msg, "type": "value_error"}])


def _iso_day(value: str | None, name: str) -> str | None:
    """A checked YYYY-MM-DD (pydantic's lax mode would take `0` as 1970-01-01)."""
    if value is None:
        return None
    try:
        return date.fromisoformat(value).isoformat()
    except ValueError as err:
        raise invalid(("query", name), f"{value!r} is not a date YYYY-MM-DD") from err


Day = Annotated[str | None, Query(pattern=r"^\d{4}-\d{2}-\d{2}$", description="YYYY-MM-DD, inclusive",
                                   json_schema_extra={"format": "date"})]


def event_filter(
    since: Day = None, until: Day = None,
    country: Annotated[str | None, Query(max_length=100)] = None,
    event_type: Annotated[str | None, Query(max_length=100)] = None,
    actor: Annotated[str | None, Query(max_length=200)] = None,
    claimed_by: Annotated[str | None, Query(max_length=200)] = None,
    q: Annotated[str | None, Query(max_length=200, description="free text, Arabic or English")] = None,
    precision: Annotated[int | None, Query(ge=1, le=3, description="largest geo_precision")] = None,
    include_hidden: bool = False,
) -> store.EventFilter:
    """The shared filter of /events, /export and /stats."""
    return store.EventFilter(since=_iso_day(since, "since"), until=_iso_day(until, "until"),
                             country=country, event_type=event_type, actor=actor, claimed_by=claimed_by, q=q,
                             precision=precision, include_hidden=include_hidden)


Filter = Annotated[store.EventFilter, Depends(event_filter)]
Limit = Annotated[int, Query(ge=1, le=500)]
Offset = Annotated[int, Query(ge=0, le=10_000_000)]
router = APIRouter(prefix="/api")


def _engine(request: Request) -> Any:
    return request.app.state.engine


@router.get("/health", response_model=Health)
def health(request: Request) -> dict[str, Any]:
    """Liveness plus the number of events and articles stored."""
    engine = _engine(request)
    return {"status": "ok", "events": store.list_events(engine, store.EventFilter(), limit=1)[0],
            "articles": store.list_articles(engine, limit=1)[0]}


@router.get("/events", response_model=Page)
def events(request: Request, flt: Filter, limit: Limit = 50, offset: Offset = 0) -> dict[str, Any]:
    """Events matching the filter, corrections applied, newest first."""
    total, items = store.list_events(_engine(request), flt, limit=limit, offset=offset)
    return {"total": total, "items": items}


@router.get("/events/{event_id}", responses=ERRORS)
def event(request: Request, event_id: Annotated[str, EVENT_ID]) -> dict[str, Any]:
    """One event: every field, evidence with article context, its articles and its corrections."""
    return _found(store.get_event(_engine(request), event_id), f"no event {event_id}")


def _found(record: dict[str, Any] | None, missing: str) -> dict[str, Any]:
    """The record, or a 404 that names what was asked for."""
    if record is None:
        raise HTTPException(404, missing)
    return record


def writer(request: Request, creds: Annotated[HTTPAuthorizationCredentials | None, Depends(bearer)]) -> None:
    """Checked before the body is even parsed: no token, no write."""
    require_token(request, creds)


@router.post("/events/{event_id}/corrections", status_code=201, response_model=CorrectionOut,
             responses=WRITE_ERRORS, dependencies=[Depends(writer)])
def correct(request: Request, event_id: Annotated[str, EVENT_ID], body: CorrectionIn) -> dict[str, Any]:
    """Record an analyst correction (audit trail) and return the corrected event."""
    try:
        fix, rec = store.add_correction(_engine(request), event_id, body.action, field=body.field,
                                        value=body.value, reason=body.reason, author=body.author)
    except store.UnknownEvent as err:
        raise HTTPException(404, str(err)) from err
    except store.CorrectionError as err:
        raise invalid(("body", body.field or "value"), str(err)) from err
    return {"correction": fix, "event": rec}


@router.get("/articles", response_model=Page)
def articles(request: Request, source: Annotated[str | None, Query(max_length=200)] = None,
             q: Annotated[str | None, Query(max_length=200)] = None, limit: Limit = 50,
             offset: Offset = 0) -> dict[str, Any]:
    """Article summaries (no text)."""
    total, items = store.list_articles(_engine(request), source=source, q=q, limit=limit, offset=offset)
    return {"total": total, "items": items}


@router.get("/articles/{article_id}", responses=ERRORS)
def article(request: Request, article_id: Annotated[str, ARTICLE_ID]) -> dict[str, Any]:
    """One article with its text and the ids of the events citing it."""
    return _found(store.get_article(_engine(request), article_id), f"no article {article_id}")


@router.get("/corrections", response_model=Page)
def corrections(request: Request, event_id: Annotated[str | None, Query(pattern=r"^[0-9a-f]{1,40}$")] = None,
                limit: Limit = 50, offset: Offset = 0) -> dict[str, Any]:
    """The audit trail, newest first."""
    total, items = store.list_corrections(_engine(request), event_id=event_id, limit=limit, offset=offset)
    return {"total": total, "items": items}


@router.get("/export", responses={200: {"content": {"text/csv": {}, "application/geo+json": {}}}})
def export(request: Request, flt: Filter, format: Literal["csv", "geojson"] = "csv") -> Response:
    """The filtered events as ACLED CSV or GeoJSON."""
    out = io.StringIO()
    items = store.iter_events(_engine(request), flt)
    if format == "csv":
        write_acled_csv(items, out)
        return Response(out.getvalue(), media_type="text/csv; charset=utf-8",
                        headers={"Content-Disposition": 'attachment; filename="rasd-events.csv"'})
    write_geojson(items, out)
    return Response(out.getvalue(), media_type="application/geo+json")


@router.get("/stats", response_model=Stats)
def stats(request: Request, flt: Filter) -> dict[str, Any]:
    """Events and deaths per day under the filter."""
    return store.stats(_engine(request), flt)


def create_app(db_url: str, *, token: str | None = None, cors_origins: Sequence[str] = (),
               max_body_bytes: int = 65_536) -> FastAPI:
    """The API over the store at `db_url` (migrated on open); writes need `token`, CORS closed unless given."""
    # No Swagger/ReDoc pages: FastAPI's load their scripts from a CDN, and rasd never fetches at run time.
    app = FastAPI(title="rasd", version="0.1.0", openapi_url="/api/openapi.json", docs_url=None,
                  redoc_url=None, description="ACLED-compatible events from Arabic news, with analyst corrections.")
    app.state.engine = store.open_store(db_url)
    app.state.token = token
    app.include_router(router)
    if cors_origins:
        app.add_middleware(CORSMiddleware, allow_origins=list(cors_origins), allow_methods=["GET", "POST"],
                           allow_headers=["Authorization", "Content-Type"])
    app.add_middleware(GuardMiddleware, max_bytes=max_body_bytes)
    return app

