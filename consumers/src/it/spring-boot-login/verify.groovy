// The Spring Boot example: its two tests green, and the fixture quiet inside a Spring Boot test run.
def log = new File(basedir, 'build.log').text
def totals = (log =~ /(?m)^\[INFO\] Tests run: (\d+), Failures: 0, Errors: 0, Skipped: 0\s*$/).collect { it[1] as int }
assert totals && totals.last() >= 3 : "expected a green run of the 3 sign-in tests, saw ${totals}"
assert !log.contains('SLF4J') : 'SLF4J printed a warning into the build'
assert !(log =~ /(?m)INFO.*(org\.eclipse\.jetty|o\.e\.jetty|oejs\.Server)|jetty-12\.\d+\.\d+; built/) : 'Jetty logged below WARN in the Spring Boot test run'
true
