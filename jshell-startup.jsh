// civkit session for JShell: jshell --startup jshell-startup.jsh, once 'mvn -q -DskipTests package' has built target/civkit.jar.
// Only a command and imports, on purpose: JShell pays a compile and several round trips to its remote VM
// for every start-up statement, so the session says where it sends requests on first use instead of here.
/env --class-path target/civkit.jar
// The imports below are the same as in src/main/resources/dev/civkit/session.jsh, which the notebook kernel runs.
import java.io.*;
import java.nio.file.*;
import java.time.*;
import java.util.*;
import java.util.function.*;
import java.util.stream.*;
import dev.civkit.*;
import dev.civkit.dsl.*;
import dev.civkit.session.*;
import static dev.civkit.Civkit.*;
