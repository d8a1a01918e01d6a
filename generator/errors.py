"""User-facing errors: raised by any stage, printed by click as one line each, exit code 1.

They are click exceptions so that every command reports them the same way without a
try/except of its own; tracebacks are left for bugs.
"""

import click


class FactsheetError(click.ClickException):
    """A problem with the user's input, reported as 'error: path:line: message'."""

    def __init__(self, path, line, message):
        where = f"{path}:{line}" if line else str(path)  # line None: the file as a whole
        super().__init__(f"{where}: {message}")
        self.path = path
        self.line = line
        self.reason = message

    def __reduce__(self):  # made again from its parts when it comes back from another process
        return type(self), (self.path, self.line, self.reason)

    def show(self, file=None):
        click.echo(f"error: {self.message}", err=True, file=file)


class FactsheetErrors(FactsheetError):
    """Several problems found in one pass (every bad source, say), reported together."""

    def __init__(self, errors):
        self.errors = tuple(errors)
        click.ClickException.__init__(self, "\n".join(err.message for err in self.errors))
        self.path, self.line = self.errors[0].path, self.errors[0].line

    def __reduce__(self):
        return type(self), (self.errors,)

    def show(self, file=None):
        for err in self.errors:
            err.show(file)


def yaml_error(path, err, first_line=1, what="not valid YAML"):
    """A PyYAML syntax error as one of ours, at its line (first_line: where the YAML starts)."""
    mark = getattr(err, "problem_mark", None)
    return FactsheetError(path, mark.line + first_line if mark else None, f"{what}: {getattr(err, 'problem', err)}")
