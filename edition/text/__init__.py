"""Stages 1-4, text: the article file as the user gave it -> clean text in the target script.

Takes bytes (load), repairs web damage (clean), converts the script with an aligned Simplified
lookup copy (convert) and cuts lines into tokens (segment). Never reads notes, never renders.
"""
