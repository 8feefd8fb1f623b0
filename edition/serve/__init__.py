"""Live preview (`edition serve NOTES`): a notes file -> its editions' previews over HTTP.

Rebuilds on each change of the notes, article or layouts, reloads the open page, shows problems
and builds PDFs on request; listens on 127.0.0.1 only, prints nothing, writes nothing to output/.
"""
