"""Stage 5, readings: the Simplified lookup copy -> one syllable per Han character, with doubts.

Lexicon, context model, overrides, reading styles (marks, numbers, zhuyin), known words and the
proofing review. Gives canonical syllables; never touches layout or files of the user.
"""
