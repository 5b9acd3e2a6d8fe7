"""govweb — evaluate Chinese government websites the way the national evaluators do.

Stages (one package each, data flowing one way):
registry → collect → checks → scoring → publish; campaign runs a round over them.
"""

__version__ = "0.1.0"
