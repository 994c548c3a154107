"""Letters for each rung, drafted from the record: kinds and templates are data (no Qt here)."""
