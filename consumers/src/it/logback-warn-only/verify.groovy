// logback unconfigured: the fixture's WARN-only default, checked by the test's capture and here on the console.
def log = new File(basedir, 'build.log').text
def totals = (log =~ /(?m)^\[INFO\] Tests run: (\d+), Failures: 0, Errors: 0, Skipped: 0\s*$/).collect { it[1] as int }
assert totals && totals.last() >= 2 : "expected a green run of the 2 logback tests, saw ${totals}"
assert !log.contains('SLF4J') : 'SLF4J printed a warning into the build'
['Open this address in a browser', 'Authorization received', 'Signed in as', 'Waiting up to'].each {
    assert !log.contains(it) : "the library printed its progress uninvited: '${it}'"
}
true
