"""The "Verify evidence files" menu action as a long operation on ui.ops: re-hash everything.

    ops.long(verify_and_save, verify_label(), done)  # done(VerifyReport)

The report is also saved (services.evidence_verify.save_last_report) so the marks survive a
restart: read them back with last_failing_ids(store.folder).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ecomplaint.services import evidence_verify as ver
from ecomplaint.services.store_check import check_database
from ecomplaint.ui.ops import LongJob


def verify_label() -> str:
    return QCoreApplication.translate(
        "Evidence", "Checking the fingerprints of all evidence files…"
    )


def verify_and_save(job: LongJob) -> ver.VerifyReport:
    damaged = check_database(job.store)
    if damaged is not None:
        raise damaged  # the database itself is damaged: say so instead of checking the files
    report = ver.verify_store(job.store, job.progress, job.cancel)
    if not report.cancelled:
        ver.save_last_report(job.store, report)
    return report
