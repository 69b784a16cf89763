"""doc-auditor: find placeholders, broken numbers and damaged text in document collections.

The command-line entry point is :func:`auditor.cli.main`; the library entry point is
:func:`auditor.engine.audit_paths`.
"""

__version__ = "0.1.0"
