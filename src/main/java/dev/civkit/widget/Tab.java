package dev.civkit.widget;

import java.util.List;

/** Pages under titled tabs; the value is the selected page's index. */
public interface Tab extends ValueWidget<Integer, Tab> {
    Tab add(String title, Widget<?> page);

    List<String> titles();
}
