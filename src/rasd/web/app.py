"""The analyst's dashboard: rasd's REST API (`rasd.api.create_app`) plus the page that drives it.

The page and its front-end libraries are plain static files that ship inside the package
(`web/templates/index.html`, `web/static/`); the libraries and the offline basemap are copied from
the npm registry into `web/static/vendor/` by `scripts/build-web.sh` at set-up time, so serving the
dashboard needs no network at all.
"""
from __future__ import annotations

from importlib import resources
from pathlib import Path
from typing import Any

from fastapi import FastAPI
from fastapi.responses import FileResponse, Response
from fastapi.staticfiles import StaticFiles
from starlette.middleware.gzip import GZipMiddleware

# What the page needs from web/static/vendor/ (built by scripts/build-web.sh).
VENDOR_FILES = ("leaflet.js", "leaflet.css", "leaflet.markercluster.js", "MarkerCluster.css",
                "MarkerCluster.Default.css", "topojson-client.min.js", "countries-50m.json", "admin1.topo.json")

# The page loads scripts, styles, data and images from this server only. Leaflet positions its
# layers through element.style (CSSOM), which `style-src 'self'` does not block; markers use CSS classes.
PAGE_POLICY = ("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
               "connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none'; "
               "frame-ancestors 'none'; form-action 'self'")
# The API's guard middleware adds nosniff, frame and referrer headers to every response; the page adds its CSP.
PAGE_HEADERS = {"Content-Security-Policy": PAGE_POLICY, "Cache-Control": "no-cache"}


def web_root() -> Path:
    """The installed `rasd/web` folder (works from a checkout and from an installed wheel)."""
    return Path(str(resources.files("rasd.web")))


def missing_assets(root: Path | None = None) -> list[str]:
    """Vendor files that `scripts/build-web.sh` has not produced yet (empty when the page is complete)."""
    vendor = (root or web_root()) / "static" / "vendor"
    return [name for name in VENDOR_FILES if not (vendor / name).is_file()]


def mount_dashboard(app: FastAPI, root: Path | None = None) -> FastAPI:
    """Add the page (`/`), its static files (`/static/…`) and gzip to an API app; returns the app."""
    base = root or web_root()
    index = base / "templates" / "index.html"
    app.add_middleware(GZipMiddleware, minimum_size=2048, compresslevel=6)  # level 9 takes seconds on 4 MB

    @app.get("/", include_in_schema=False)
    def dashboard_page() -> FileResponse:
        """The single page; everything else it needs comes from /static and /api."""
        return FileResponse(index, media_type="text/html; charset=utf-8", headers=PAGE_HEADERS)

    @app.get("/favicon.ico", include_in_schema=False)
    def no_favicon() -> Response:
        return Response(status_code=204)

    app.mount("/static", StaticFiles(directory=base / "static"), name="static")
    return app


def build_app(db: str, *, token: str | None = None, **api_options: Any) -> FastAPI:
    """The API over the store at `db`, with the dashboard mounted on it."""
    from rasd.api import create_app

    return mount_dashboard(create_app(db, token=token, **api_options))
