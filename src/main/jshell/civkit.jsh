// civkit session for JShell from any folder: jshell --startup ${project.build.directory}/civkit.jsh
// Written by the build with the session jar's absolute path (civkit.jar without the kernel's libraries); jshell-startup.jsh opens it too.
// The same imports as the kernel's src/main/resources/dev/civkit/session.jsh, and no statements (see docs/contributing.md: Benchmark).
/env --class-path ${project.build.directory}/civkit-session.jar
import java.io.*;
import java.nio.file.*;
import java.time.*;
import java.util.*;
import java.util.function.*;
import java.util.stream.*;
import dev.civkit.*;
import dev.civkit.dsl.*;
import dev.civkit.session.*;
import dev.civkit.widget.*;
import static dev.civkit.Civkit.*;
import static dev.civkit.widget.Widgets.*;
