package dev.civkit.widget;

import static dev.civkit.widget.Widgets.*;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The widget layer without a kernel, as JShell has it: state as the protocol names it, values, checks, status lines. */
@Tag("unit")
class WidgetStateTest {

    @Test
    void childrenTravelAsModelReferencesAndBytesAsBuffersByPath() {
        Image im = image(new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 7});
        Box box = vbox(label("a"), im);
        WidgetKernel.Encoded e = ((Model) box).fullState();
        @SuppressWarnings("unchecked")
        Map<String, Object> state = (Map<String, Object>) e.data().get("state");
        assertEquals(List.of(Codec.REF + ((Model) box.children().get(0)).id(), Codec.REF + im.id()), state.get("children"));
        assertEquals(List.of(), e.data().get("buffer_paths"), "the box holds no bytes itself");
        WidgetKernel.Encoded image = ((Model) im).fullState();
        assertEquals(List.of(List.of("value")), image.data().get("buffer_paths"));
        assertArrayEquals(im.value(), image.buffers().get(0));
        @SuppressWarnings("unchecked")
        Map<String, Object> imageState = (Map<String, Object>) image.data().get("state");
        assertTrue(!imageState.containsKey("value"), "the bytes are out of the JSON");
        assertEquals("png", imageState.get("format"));
    }

    @Test
    void aFrontEndsUpdateIsAppliedWithItsNumbersAsTheModelKeepsThem() {
        IntSlider s = slider(0, 10);
        List<Integer> seen = new ArrayList<>();
        ((ValueImpl<Integer, ?>) s).listen(c -> seen.add(c.value()));
        ((Model) s).onMessage(Map.of("method", "update", "state", Map.of("value", 7.0), "buffer_paths", List.of()), List.of(), null);
        assertEquals(7, s.value());
        assertEquals(List.of(7), seen, "no kernel: the listener runs where the message is handled");
        ((Model) s).onMessage(Map.of("method", "update", "state", Map.of("_model_name", "Evil", "layout", "IPY_MODEL_x")), List.of(), null);
        assertEquals("IntSliderModel", ((Model) s).get("_model_name"), "a front end cannot change what a model is");
    }

    @Test
    void aDropdownsValueIsItsLabelAndItsStateTheIndex() {
        Dropdown d = dropdown("euler", "dpm++", "lcm");
        assertEquals("euler", d.value());
        d.value("lcm");
        assertEquals(2, ((Model) d).get("index"));
        ((Model) d).onMessage(Map.of("method", "update", "state", Map.of("index", 1.0)), List.of(), null);
        assertEquals("dpm++", d.value());
        d.options(List.of("lcm", "dpm++"));
        assertEquals("dpm++", d.value(), "the chosen label stays chosen when the options change");
        assertEquals(1, d.index());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> d.value("ddim"));
        assertEquals("\"ddim\" is not one of [lcm, dpm++]", e.getMessage());
    }

    @Test
    void badInputIsRefusedBeforeAnythingIsSent() {
        assertEquals("slider(5, 1): min is above max", assertThrows(IllegalArgumentException.class, () -> slider(5, 1)).getMessage());
        assertEquals("value 11 is outside 0..10", assertThrows(IllegalArgumentException.class, () -> slider(0, 10).value(11)).getMessage());
        assertEquals("these 3 bytes are not a PNG, JPEG, WebP or GIF image",
                assertThrows(IllegalArgumentException.class, () -> image(new byte[] {1, 2, 3})).getMessage());
        assertTrue(assertThrows(IllegalArgumentException.class, () -> button("x").buttonStyle("loud")).getMessage().contains("primary"));
    }

    @Test
    void aLinkKeepsTwoValuesEqualBothWaysUntilUnlinked() {
        FloatSlider a = slider(1.0, 20.0, 0.5);
        FloatSlider b = slider(1.0, 20.0, 0.5).value(7.0);
        Widgets.Link l = link(a, b);
        assertEquals(1.0, b.value(), "b takes a's value at once");
        a.value(4.5);
        assertEquals(4.5, b.value());
        b.value(9.0);
        assertEquals(9.0, a.value());
        l.unlink();
        a.value(2.0);
        assertEquals(9.0, b.value());
    }

    @Test
    void widgetsPrintAsStatusLinesAndSayOnceWhereClicksCanCome() {
        assertEquals("IntSlider \"steps\" = 20 (0..50)", slider(0, 50).description("steps").value(20).toString());
        assertEquals("Text = \"a cat\"", text("a cat").toString());
        assertEquals("FloatProgress 25%", progress(1.0).value(0.25).toString());
        assertEquals("HBox of 2: [Button, Label]", hbox(button("Go"), label("x")).toString());
        PrintStream before = System.out;
        ByteArrayOutputStream said = new ByteArrayOutputStream();
        System.setOut(new PrintStream(said, true, StandardCharsets.UTF_8));
        List<String> clicks = new ArrayList<>();
        try {
            Button go = button("Go").onClick(b -> clicks.add("clicked"));
            go.click();
        } finally {
            System.setOut(before);
        }
        assertEquals(List.of("clicked"), clicks);
        String out = said.toString(StandardCharsets.UTF_8);
        assertEquals(1, out.lines().count(), out);
        assertTrue(out.contains("civkit Jupyter kernel") && out.contains("click()"), out);
    }

    @Test
    void anOutputAreaKeepsStreamsTogetherAndReplacesADisplayByItsId() {
        OutputImpl out = new OutputImpl();
        out.print("a").println("b");
        out.show("d1", Map.of("text/plain", "waiting"));
        out.replace("d1", Map.of("text/plain", "done"));
        out.run(() -> {
            throw new IllegalStateException("boom");
        });
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> outputs = (List<Map<String, Object>>) ((Model) out).get("outputs");
        assertEquals(3, outputs.size(), outputs.toString());
        assertEquals("ab\n", outputs.get(0).get("text"));
        assertEquals(Map.of("text/plain", "done"), outputs.get(1).get("data"));
        assertEquals("IllegalStateException", outputs.get(2).get("ename"));
        assertEquals("boom", outputs.get(2).get("evalue"));
        out.clear();
        assertEquals(List.of(), ((Model) out).get("outputs"));
        assertNull(WidgetKernel.current(), "no kernel in the unit tier");
    }
}
