"""Window-wide dialogs: About, Preferences, the store error and the startup frame."""
