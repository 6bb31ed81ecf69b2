"""Business rules: plain Python in, plain dataclasses out. No Qt, no PDF code."""
