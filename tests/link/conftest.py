"""Make `rasd_link_samples` importable from the link tests (and, via their own conftest, the other areas)."""
