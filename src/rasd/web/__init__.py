"""The analyst's dashboard: `rasd serve` (cli.py) mounts the page (templates/, static/) onto the REST API (app.py)."""
