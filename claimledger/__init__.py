"""claimledger: who claimed what in war reporting, on what basis, and who else says so."""

__version__ = "0.1.0"
