"""doc-auditor: find placeholders, broken numbers and damaged text in document collections.

The command-line entry point is :func:`auditor.cli.main`; the library entry point is
:func:`auditor.engine.audit_paths`.
"""

__version__ = "0.1.0"

__all__ = ["__version__", "to_dataframe"]


def __getattr__(name: str):
    """``auditor.to_dataframe`` is loaded on first use, so ``import auditor`` stays light (no pandas)."""
    if name == "to_dataframe":
        from auditor.dataframe import to_dataframe

        return to_dataframe
    raise AttributeError(f"module 'auditor' has no attribute {name!r}")
