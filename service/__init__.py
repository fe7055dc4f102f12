"""mad's HTTP layer (installed as ``mad_service``): the OpenAI-compatible monitoring server.

Started by ``mad serve`` (`mad_service.app.serve`). The import name is ``mad_service``, never a
bare top-level ``service`` that could collide with other projects. Modules, one concern each:
``app`` (routes, actions, lifecycle), ``replies`` (OpenAI response formatting, verdict
headers), ``engine`` (batching and the model thread), ``prep`` (rendering and tokenising off the
event loop), ``schemas`` (request validation), ``errors`` (OpenAI-style error bodies),
``security`` (API keys, body size), ``access`` (request ids, route metrics, access log),
``metrics`` (Prometheus), ``flagged_log`` (the durable flagged-case log), ``logs`` (JSON
logging), ``config`` (settings, checked before anything loads).
All model work goes through `mad.monitor.Monitor`.
"""
