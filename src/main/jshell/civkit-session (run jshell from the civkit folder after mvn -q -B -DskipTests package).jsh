// What jshell-startup.jsh opens. Its name is the message: without a build, or from another folder, JShell's
// one line "File 'target/civkit-session (run jshell from …).jsh' for '/open' is not found." says what to do,
// which no statement could say without costing every start its time. Written by the build.
/open ${project.build.directory}/civkit.jsh
