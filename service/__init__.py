"""mad's HTTP layer (installed as ``mad_service``): the OpenAI-compatible monitoring server.

Nothing is served yet; this package exists so that the layout and the import name are fixed
(``mad_service``, never a bare top-level ``service`` that could collide with other projects).
"""
