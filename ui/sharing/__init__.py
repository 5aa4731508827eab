"""Feature: Share… — who a deal on a team server is shared with (nothing in file mode)."""
