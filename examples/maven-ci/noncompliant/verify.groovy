// Judges the build of the non-compliant example: it failed (invoker.properties), naming the findings at their lines.
def log = new File(basedir, 'build.log').text
assert log =~ /(?m)^\[ERROR\] \S*cockpit-gaps\.avp:87: error: AVPS-2\.0-RNG-1: / : 'RNG-1 not named at its line'
assert log =~ /(?m)^\[ERROR\] \S*cockpit-gaps\.avp:148: error: AVPS-2\.0-VSOCK-2: / : 'VSOCK-2 not named at its line'
assert log =~ /(?m)^\[WARNING\] \S*cockpit-gaps\.avp:104: warning: AVPS-2\.0-STO-3: /
assert log.contains('6 finding(s) fail the build') // RNG-1, VSOCK-2 and the integrity errors CPU-3, CPU-5, MEM-4, NET-1
assert log.contains('BUILD FAILURE')
assert new File(basedir, 'target/avp/cockpit-gaps.sarif').isFile() : 'the report was not written before the build failed'
return true
