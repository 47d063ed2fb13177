// civkit session for JShell: jshell --startup jshell-startup.jsh
// Builds target/civkit.jar first when it is missing, then puts it on the class path.
{
    java.io.File jar = new java.io.File("target/civkit.jar");
    if (!jar.isFile()) {
        System.out.println("civkit: target/civkit.jar is missing; building it with 'mvn -q -DskipTests package' (a minute or two the first time)...");
        int code = new ProcessBuilder("mvn", "-q", "-B", "-DskipTests", "package").inheritIO().start().waitFor();
        if (code != 0 || !jar.isFile()) System.out.println("civkit: the build failed (exit " + code + "); run 'mvn -DskipTests package' to see why.");
    }
}
/env --class-path target/civkit.jar
// The lines below are the same as src/main/resources/dev/civkit/session.jsh, which the notebook kernel runs.
import java.io.*;
import java.math.*;
import java.net.*;
import java.nio.file.*;
import java.time.*;
import java.util.*;
import java.util.concurrent.*;
import java.util.function.*;
import java.util.regex.*;
import java.util.stream.*;
import dev.civkit.*;
import dev.civkit.dsl.*;
import dev.civkit.dsl.recipes.*;
import static dev.civkit.Civkit.*;
dev.civkit.Banner.print();
