"""Reading what the phone and the mailbox already recorded: SMS/call backups, e-mail, chat exports.

Not the .ecase hand-off importer (handoff/importer.py): these parsers turn foreign files into
plain `SourceItem`s, each pointing at the line or element it came from; the service
services/records_import.py previews, de-duplicates and commits them.
"""
