// Judges the build of the compliant example: it passed (the invoker checks that), reports and configurations are
// in target/avp/, the findings were logged as file:line: severity: id: message.
def log = new File(basedir, 'build.log').text
def avp = new File(basedir, 'target/avp')
['cockpit-compliance.html', 'cockpit.sarif', 'cockpit-compliance.junit.xml', 'cockpit-compliance.md',
 'soc-compliance.html', 'soc.sarif'].each {
    assert new File(avp, it).isFile() : "missing report target/avp/$it"
}
def generated = new File(avp, 'generated/cockpit')
assert generated.isDirectory() && generated.listFiles().length > 0 : 'nothing generated for cockpit.avp'
assert log =~ /(?m)^\[INFO\] \S*cockpit\.avp:165: info: AVPS-2\.0-VSOCK-3: / : 'finding not logged as file:line: severity: id: message'
assert !(log =~ /(?m)^\[ERROR\] .*: error: AVPS-/) : 'a compliant model logged an error finding'
assert log.contains('0 error(s)')
return true
