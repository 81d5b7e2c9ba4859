"""The ``warledger`` command line (entry point ``warledger.cli:app``): one module per command
group, registered by ``cli/app.py``, with one error path (``cli/errors.py``)."""

from warledger.cli.app import app

__all__ = ["app"]
