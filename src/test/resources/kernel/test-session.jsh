int preloaded = 42;
System.out.println("test session loaded");
import static no.such.Missing.*;
String afterFailure = "still here";
