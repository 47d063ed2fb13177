import dev.civkit.*;
import dev.civkit.dsl.*;
import static dev.civkit.Civkit.*;
System.out.println(dev.civkit.Civkit.banner());
