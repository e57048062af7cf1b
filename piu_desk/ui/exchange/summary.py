"""The summary after an exchange: what came in (bundles, records applied, conflicts,
replays, bundles not for this desk, bundles refused), what went out (the file, its changes
and attachments), and the reminder to eject the stick safely."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from piu_desk.core.exchange.folder import FolderExchange
from piu_desk.core.exchange.importing import reference_message
from piu_desk.ui.errors import describe, tr_core

translate = QCoreApplication.translate  # the name pyside6-lupdate looks for


def fill(text: str, **values: object) -> str:
    for key, value in values.items():
        text = text.replace("{" + key + "}", str(value))
    return text


def incoming(outcome: FolderExchange) -> list[str]:
    applied = outcome.applied
    read = len(outcome.imported) + len(outcome.refused) + len(outcome.not_for_desk)
    lines = [fill(translate("ExchangeSummary", "Bundles read: {n}"), n=read)]
    if applied:
        lines.append(fill(translate("ExchangeSummary",
                                    "Bundles applied: {bundles}; records changed: {records}; "
                                    "already up to date: {same}; attachments: {attachments}"),
                          bundles=len(applied), records=sum(r.applied for r in applied),
                          same=sum(r.unchanged for r in applied),
                          attachments=sum(r.attachments for r in applied)))
    elif not outcome.imported:
        lines.append(translate("ExchangeSummary",
                               "No new bundle for this desk was in the folder."))
    conflicts = sum(r.conflicts for r in applied)
    if conflicts:
        lines.append(fill(translate("ExchangeSummary",
                                    "Conflicts to resolve: {n} (both versions were kept)"),
                          n=conflicts))
    waiting = sum(r.waiting for r in applied)
    if waiting:
        lines.append(fill(translate("ExchangeSummary",
                                    "Waiting for records still to come: {n}"), n=waiting))
    raised = sum(r.alerts for r in applied)
    if raised:
        lines.append(fill(translate("ExchangeSummary",
                                    "Alerts raised by screening the crew lists that came in: "
                                    "{n}"), n=raised))
    for r in applied:
        said = reference_message(r)
        if said is not None:
            lines.append(said.render(tr_core))
    if outcome.replays:
        lines.append(fill(translate("ExchangeSummary",
                                    "Bundles applied before, nothing changed: {n}"),
                          n=len(outcome.replays)))
    if outcome.not_for_desk:
        lines.append(fill(translate("ExchangeSummary",
                                    "Not for this desk, left on the stick: {names}"),
                          names=", ".join(outcome.not_for_desk)))
    return lines


def refused(outcome: FolderExchange) -> list[str]:
    return [fill(translate("ExchangeSummary", "Refused {name}, nothing of it used: {reason}"),
                 name=r.name, reason=describe(r.error)) for r in outcome.refused]


def outgoing(outcome: FolderExchange) -> list[str]:
    if not outcome.exports:
        return [translate("ExchangeSummary",
                          "No bundle was written: the exchange was cancelled.")]
    lines = []
    for out in outcome.exports:  # one at a station, one per station at HQ
        lines += [fill(translate("ExchangeSummary",
                                 "Written: {file} for {peer} (number {sequence})"),
                       file=out.path.name, peer=out.peer, sequence=out.sequence),
                  fill(translate("ExchangeSummary",
                                 "Changes: {records}; attachments: {attachments}"),
                       records=out.records, attachments=out.attachments)]
        if out.attachments_left:
            lines.append(fill(translate("ExchangeSummary",
                                        "Attachments left for a later bundle: {n}"),
                              n=out.attachments_left))
    return lines


def eject_reminder() -> str:
    return translate("ExchangeSummary",
                     "Eject the stick safely before you pull it out (Windows: \"Safely remove\", "
                     "Linux: \"Eject\"), or the bundle may be lost.")
