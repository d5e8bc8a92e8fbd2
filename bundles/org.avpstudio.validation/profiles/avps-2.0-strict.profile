# Built-in strict profile: recommendations count as errors too.
name = avps-2.0-strict
extends = avps-2.0
level.SHOULD = error
