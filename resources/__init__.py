"""Data shipped with eComplaint: fonts, translations, rule packs and demo cases (no code)."""
