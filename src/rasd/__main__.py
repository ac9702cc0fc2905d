"""`python -m rasd` runs the command line."""
from rasd.cli import run

run()
