"""`rasd serve`: the REST API and the analyst's dashboard on one local port."""
from __future__ import annotations

import click

from rasd.web.app import build_app, missing_assets


@click.command("serve")
@click.option("--db", required=True, help="event store: a SQLite path or a SQLAlchemy URL")
@click.option("--port", type=click.IntRange(1, 65535), default=8000, show_default=True, help="TCP port")
@click.option("--host", default="127.0.0.1", show_default=True,
              help="address to bind; the default keeps the dashboard on this machine")
@click.option("--token", envvar="RASD_API_TOKEN", default=None, show_envvar=True,
              help="bearer token that allows corrections (prefer the environment variable); without it the "
                   "dashboard is read-only")
def serve_command(db: str, port: int, host: str, token: str | None) -> None:
    """Serve the dashboard at http://HOST:PORT/ and the JSON API under /api/."""
    import uvicorn

    missing = missing_assets()
    if missing:
        click.echo(f"rasd: warning: dashboard assets missing ({', '.join(missing)}); the API works but the "
                   "page will not: run scripts/build-web.sh (needs npm) and reinstall", err=True)
    if not token:
        click.echo("rasd: no API token set (RASD_API_TOKEN): the dashboard is read-only", err=True)
    app = build_app(db, token=token)
    click.echo(f"rasd: dashboard at http://{host}:{port}/  (API schema at /api/openapi.json)", err=True)
    uvicorn.run(app, host=host, port=port, log_level="warning")
