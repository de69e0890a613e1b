"""The interview practice domain shared by every Lambda function (the layer)."""
