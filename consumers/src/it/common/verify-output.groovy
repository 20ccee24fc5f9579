// Shared by every consumer's verify.groovy: what a user's build output must and must not show.
def log = new File(basedir, 'build.log').text

// Surefire's last summary line counts every test of the build: the 4 common ones at least.
def totals = (log =~ /(?m)^\[INFO\] Tests run: (\d+), Failures: 0, Errors: 0, Skipped: 0\s*$/).collect { it[1] as int }
assert totals && totals.last() >= 4 : "expected a green run of at least 4 tests, saw ${totals}"

// Quiet by default: the library's progress lines (LoginFlow) must not appear ...
['Open this address in a browser', 'Authorization received', 'Signed in as', 'Waiting up to'].each {
    assert !log.contains(it) : "the library printed its progress uninvited: '${it}'"
}
// ... and neither SLF4J's complaints (no provider, several providers) ...
assert !log.contains('SLF4J') : 'SLF4J printed a warning into the consumer build:\n' + log.readLines().findAll { it.contains('SLF4J') }.join('\n')
// ... nor Jetty's INFO start/stop lines.
assert !(log =~ /(?m)INFO.*org\.eclipse\.jetty|oejs\.Server|jetty-12\.\d+\.\d+; built/) : 'Jetty logged below WARN in the consumer build'
true
