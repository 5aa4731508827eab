"""Qt item models over plan data."""
