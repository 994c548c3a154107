"""Reading text from screenshots (OCR), Qt-free.

`engine.read_image` is the one entry point; the engine's packages (rapidocr, onnxruntime,
OpenCV, numpy) are imported on the first read, never at start-up.
"""
