"""The annotation layer: a notes YAML file -> a validated Layer, anchored onto the clean text.

Safe YAML with positions, the schema, text-quote anchors, note markup, editorial corrections and
the `new` scaffold. Gives data and problems; never renders and never prints.
"""
