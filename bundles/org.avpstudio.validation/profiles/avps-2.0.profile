# Built-in profile: severities follow the catalog levels.
name = avps-2.0
level.MUST = error
level.SHOULD = warning
level.MAY = info
