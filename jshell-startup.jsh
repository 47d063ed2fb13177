// civkit session for JShell: jshell --startup jshell-startup.jsh, once 'mvn -q -B -DskipTests package' has built target/.
// Only commands and imports, on purpose: JShell pays a compile and several round trips to its remote VM
// for every start-up statement, so the session says where it sends requests on first use instead of here.
// The file below is written by the build; it opens target/civkit.jsh (the class path and the imports, the same
// imports as src/main/resources/dev/civkit/session.jsh, which the notebook kernel runs). Its name is the one
// line JShell prints when it is missing: not built yet, or started from another folder.
/open target/civkit-session (run jshell from the civkit folder after mvn -q -B -DskipTests package).jsh
