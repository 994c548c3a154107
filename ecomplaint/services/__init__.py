"""What a user does: one function per operation, keyword-only, one transaction, returns Changes."""
