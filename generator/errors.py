"""User-facing errors: raised by any stage, printed as one line by the CLI."""


class FactsheetError(Exception):
    """A problem with the user's input, reported without a traceback."""

    def __init__(self, path, line, message):
        where = f"{path}:{line}" if line else str(path)  # line None: the file as a whole
        super().__init__(f"{where}: {message}")
        self.path = path
        self.line = line
