"""Plan files in the ``walkaway-plan/1`` interchange format."""
