"""Case hand-off files (.ecase): export one case, import it into another store (Qt-free)."""
