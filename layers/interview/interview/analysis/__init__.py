"""Answer analysis: the result model shared by every analyzer, and the analyzers themselves."""
