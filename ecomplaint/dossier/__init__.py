"""The PDF dossier: plain records in, a self-contained PDF out (no Qt here)."""
