"""The domain: plain values and rules, no I/O, no Qt, no SQL, no matplotlib.

Import from the modules themselves (``altitude.domain.entities`` and so on): this package
re-exports nothing, so importing one module does not load them all at start-up.
"""
