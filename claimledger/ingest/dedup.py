"""Exact and near-duplicate detection of reports.

The same wire story is republished by many outlets with a different intro line, credit or
footer; MinHash over word 5-shingles finds those copies, so that the ledger does not count one
agency report as many independent sources.
"""

from __future__ import annotations

import hashlib
import re

import numpy as np
from datasketch import MinHash, MinHashLSH

SHINGLE_WORDS = 5
# The LSH bands kept in the store (table minhash_bands): 25 bands of 5 signature values, what
# datasketch's MinHashLSH picks for 128 permutations at threshold 0.5 (the store's threshold).
# Pinned like the scheme: stored bands only meet bands cut the same way.
LSH_BANDS = 25
LSH_ROWS = 5
# Pinned rather than left to datasketch's default: stored signatures are only comparable
# with signatures made by the same scheme and seed. affine64 keeps hash values as uint64.
_SCHEME = "affine64"
_SEED = 1
_WORD = re.compile(r"\w+")


def content_hash(text: str) -> str:
    """sha256 hex of the text with whitespace runs collapsed and case folded."""
    normalised = " ".join(text.casefold().split())
    return hashlib.sha256(normalised.encode("utf-8")).hexdigest()


def minhash(text: str, num_perm: int = 128) -> MinHash:
    m = MinHash(num_perm=num_perm, seed=_SEED, scheme=_SCHEME)
    m.update_batch([s.encode("utf-8") for s in _shingles(text)])
    return m


def _shingles(text: str) -> set[str]:
    words = _WORD.findall(text.lower())
    if len(words) <= SHINGLE_WORDS:
        # A text shorter than one shingle is its own single shingle (empty text: none).
        return {" ".join(words)} if words else set()
    return {" ".join(words[i : i + SHINGLE_WORDS]) for i in range(len(words) - SHINGLE_WORDS + 1)}


def signature_bytes(m: MinHash) -> bytes:
    """The signature as little-endian uint64 values, for storage."""
    return np.asarray(m.hashvalues, dtype="<u8").tobytes()


def from_signature_bytes(b: bytes) -> MinHash:
    values = np.frombuffer(b, dtype="<u8").astype(np.uint64)
    return MinHash(seed=_SEED, hashvalues=values, scheme=_SCHEME)


def band_buckets(m: MinHash) -> list[tuple[int, int]]:
    """(band, bucket) pairs of a signature: two signatures share a pair exactly when one band
    of LSH_ROWS values is equal in both, the test of MinHashLSH. A bucket is a 64-bit hash
    of the band's values (signed, to fit an SQL BIGINT); a collision only adds a candidate,
    which the Jaccard estimate then filters out."""
    values = np.asarray(m.hashvalues, dtype="<u8")
    buckets = []
    for band in range(LSH_BANDS):
        chunk = values[band * LSH_ROWS : (band + 1) * LSH_ROWS].tobytes()
        digest = hashlib.blake2b(chunk, digest_size=8).digest()
        buckets.append((band, int.from_bytes(digest, "little", signed=True)))
    return buckets


class NearDuplicateIndex:
    """Reports (by document id) whose estimated Jaccard similarity with a query reaches `threshold`.

    In memory, on datasketch's MinHashLSH. The store does not use it (it keeps the bands in
    its table minhash_bands, see store/db.py); it is the reference the store's answers are
    checked against, and what the benchmark compares with."""

    def __init__(self, threshold: float = 0.5, num_perm: int = 128):
        self.threshold = threshold
        self._lsh = MinHashLSH(threshold=threshold, num_perm=num_perm)
        self._signatures: dict[int, MinHash] = {}

    def __len__(self) -> int:
        return len(self._signatures)

    def __contains__(self, key: int) -> bool:
        return key in self._signatures

    def add(self, key: int, m: MinHash) -> None:
        """Index `m` under `key`; adding a key again replaces its signature."""
        if key in self._signatures:
            self._lsh.remove(key)
        self._lsh.insert(key, m)
        self._signatures[key] = m

    def find(self, m: MinHash) -> list[tuple[int, float]]:
        """(key, jaccard estimate) pairs at or above the threshold, best first.

        LSH only proposes candidates; the estimate filters out its false positives."""
        scored = ((key, m.jaccard(self._signatures[key])) for key in self._lsh.query(m))
        matches = [(key, score) for key, score in scored if score >= self.threshold]
        return sorted(matches, key=lambda pair: (-pair[1], pair[0]))
