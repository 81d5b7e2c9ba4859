"""Reference datasets (ACLED, UCDP GED) beside warledger's incidents.

``formats`` reads the two CSV layouts into ``ReferenceEvent`` rows; ``types`` is the
documented PLOVER <-> ACLED sub-event <-> UCDP type-of-violence map; ``linking`` decides
which reference events match which incidents (dates, distance, type); ``comparison``
tabulates agreement and disagreement per month and country.
"""
