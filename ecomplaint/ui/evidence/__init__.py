"""Evidence: the side panel and its thumbnail strip, attaching (drop, paste, dialog), verifying,
the image viewer and what can be done with one exhibit."""
