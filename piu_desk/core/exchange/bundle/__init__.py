"""The inner layer of `piu-bundle/1` (docs/bundle-format.md, sections 2 and 3): entries,
canonical manifest, Ed25519 + ML-DSA-65 signatures, written atomically inside the age
encryption and read back strictly. Pure format code: keys, pins and folders are arguments.

    written = write_bundle(stick, entries, fields, signer, [hq, archive.recipient()], archive)
    with read_bundle(path, [identity], pins, staging_dir, station="HQ") as bundle: ...
"""

from piu_desk.core.exchange.bundle.checks import PinLookup
from piu_desk.core.exchange.bundle.entries import (
    ACKS,
    ATTACHMENT,
    CHANGES,
    KINDS,
    EntrySource,
    is_entry_id,
)
from piu_desk.core.exchange.bundle.errors import (
    BadEntrySource,
    BadSignature,
    BundleError,
    BundleInvalid,
    DriveUnreadable,
    ExportFailed,
    ExportNotVerified,
    NotForThisDesk,
    RevokedSigner,
    StagingFailed,
    TooLarge,
    UnknownSigner,
    UnsupportedVersion,
)
from piu_desk.core.exchange.bundle.files import BUNDLE_SUFFIX, PARTIAL_SUFFIX
from piu_desk.core.exchange.bundle.limits import DEFAULT_LIMITS, Limits
from piu_desk.core.exchange.bundle.manifest import (
    ARCHIVE,
    BUNDLE_KINDS,
    HQ_TO_STATION,
    STATION_TO_HQ,
    AuditHead,
    Manifest,
    ManifestEntry,
)
from piu_desk.core.exchange.bundle.reader import (
    StagedEntry,
    VerifiedBundle,
    read_bundle,
    verify_bundle,
)
from piu_desk.core.exchange.bundle.signing import (
    PinnedSigner,
    SignerKeys,
    SigningKeys,
    age_fingerprint,
    fingerprint,
    readable_fingerprint,
)
from piu_desk.core.exchange.bundle.writer import BundleFields, WrittenBundle, write_bundle

__all__ = [
    "ACKS",
    "ARCHIVE",
    "ATTACHMENT",
    "BUNDLE_KINDS",
    "BUNDLE_SUFFIX",
    "CHANGES",
    "DEFAULT_LIMITS",
    "HQ_TO_STATION",
    "KINDS",
    "PARTIAL_SUFFIX",
    "STATION_TO_HQ",
    "AuditHead",
    "BadEntrySource",
    "BadSignature",
    "BundleError",
    "BundleFields",
    "BundleInvalid",
    "DriveUnreadable",
    "EntrySource",
    "ExportFailed",
    "ExportNotVerified",
    "Limits",
    "Manifest",
    "ManifestEntry",
    "NotForThisDesk",
    "PinLookup",
    "PinnedSigner",
    "RevokedSigner",
    "SignerKeys",
    "SigningKeys",
    "StagedEntry",
    "StagingFailed",
    "TooLarge",
    "UnknownSigner",
    "UnsupportedVersion",
    "VerifiedBundle",
    "WrittenBundle",
    "age_fingerprint",
    "fingerprint",
    "is_entry_id",
    "read_bundle",
    "readable_fingerprint",
    "verify_bundle",
    "write_bundle",
]
