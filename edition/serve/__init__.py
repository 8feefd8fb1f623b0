"""Live preview, `edition serve NOTES`: a notes file -> its editions' HTML previews over HTTP.

A local server (127.0.0.1 only) rebuilds a preview when the notes file, the article or a layout
changes, reloads the open page, shows problems in it and builds a PDF on request. Writes nothing
to output/; builds run one at a time, in the main thread (time limits use SIGALRM).
"""
