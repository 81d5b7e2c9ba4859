"""warledger: an auditable ledger of sourced claims about armed conflict.

The public surface is small on purpose: the data model (``warledger.model``),
the standalone extractor (``warledger.extract.extract_text``) and the store
(``warledger.store.Store``). Everything else is reached through those or the CLI.
"""

__version__ = "0.1.0"
