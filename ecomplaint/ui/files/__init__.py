"""Files in and out: the dossier export dialog, hand-off .ecase files, backups and restore."""
