# Built-in strict profile: recommendations count as errors too, and where sources disagree on a
# requirement's level (disputed entries of the catalog) the stricter level applies.
name = avps-2.0-strict
extends = avps-2.0
level.SHOULD = error
disputed = stricter
