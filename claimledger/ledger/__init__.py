"""The ledger across reports: which statements assert the same thing, who says so
independently, who denies it, how a figure moved.

Flow, one direction: stored records -> `items` (one per statement) -> `speakers` (identities)
-> `claims` (grouping, with `counted` for figures) -> `relations` (within and between claims,
support, status) -> `timeline` (points of quantity claims). `build` ties them together and
gives the public JSON shape of a claim; `claimledger.store.ledger` reads the records and
writes the result. Nothing here touches the store or the network.
"""
