"""Nested CloudFormation stacks and, under local/, the Python that runs the service on one machine."""
