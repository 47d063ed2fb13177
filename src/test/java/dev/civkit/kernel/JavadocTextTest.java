package dev.civkit.kernel;

import static org.junit.jupiter.api.Assertions.*;

import org.junit.jupiter.api.Test;

/**
 * Doc comments as JShell's documentation lookup hands them over (stars gone, tags and HTML as written)
 * read into the text and HTML of an inspection. In the integration tier only because the unit tier
 * keeps out of the kernel package (LayersTest).
 */
class JavadocTextTest {
    private static final String RECIPE = """
             Runs one step through {@code POST /v2/consumer/recipes/{type}}: {@code input} is the step's
             input as JSON text, a {@link tools.jackson.databind.JsonNode}, or a {@linkplain #step(String, Map) step}.
             {@code recipe("convertImage", "{\\"image\\":\\"https://…\\"}").await()}

             @param type the step's {@code $type}, such as {@code "convertImage"}
             @param input the step's input,
                    spread over two lines
             @return a handle to the workflow
             @throws IllegalStateException when {@code type} is blank
            """;

    @Test
    void plainTextHasTheDescriptionThenParametersReturnsAndThrows() {
        assertEquals("""
                Runs one step through POST /v2/consumer/recipes/{type}: input is the step's input as JSON text, \
                a tools.jackson.databind.JsonNode, or a step. recipe("convertImage", "{\\"image\\":\\"https://…\\"}").await()

                Parameters:
                  type - the step's $type, such as "convertImage"
                  input - the step's input, spread over two lines

                Returns:
                  a handle to the workflow

                Throws:
                  IllegalStateException - when type is blank""", JavadocText.parse(RECIPE).plain());
    }

    @Test
    void htmlMarksCodeAndListsTheBlockTags() {
        String html = JavadocText.parse(RECIPE).html();
        assertTrue(html.contains("<code>POST /v2/consumer/recipes/{type}</code>"), html);
        assertTrue(html.contains("<code>recipe(&quot;convertImage&quot;, &quot;{\\&quot;image\\&quot;:\\&quot;https://…\\&quot;}&quot;).await()</code>"), html);
        assertTrue(html.contains("<code>tools.jackson.databind.JsonNode</code>"), html);
        assertTrue(html.contains(", or a step."), "a linkplain label is plain text: " + html);
        assertTrue(html.contains("<dt><b>Parameters:</b></dt><dd style=\"margin-left:1.5em\"><code>type</code> – the step's <code>$type</code>"), html);
        assertTrue(html.contains("<dt><b>Returns:</b></dt><dd style=\"margin-left:1.5em\">a handle to the workflow</dd>"), html);
        assertTrue(html.contains("<dt><b>Throws:</b></dt><dd style=\"margin-left:1.5em\"><code>IllegalStateException</code> – when <code>type</code> is blank</dd>"), html);
    }

    @Test
    void htmlInTheCommentIsReadAsTextAndKeptAsHtml() {
        String comment = " The first paragraph, with a &lt;tag&gt; &amp; <b>bold</b> words.\n <p>The second:\n <ul><li>one\n <li>two</ul>\n"
                + " An {@code @Override} in code is no block tag.\n";
        JavadocText doc = JavadocText.parse(comment);
        assertEquals("The first paragraph, with a <tag> & bold words.\n\nThe second:\n- one\n- two\n\n"
                + "An @Override in code is no block tag.", doc.plain());
        assertTrue(doc.html().contains("<b>bold</b>") && doc.html().contains("<li>two</ul>") && doc.html().contains("&lt;tag&gt;"), doc.html());
    }

    @Test
    void aReferenceWithoutLabelReadsAsMemberOrTypeDotMember() {
        assertEquals("See max(int, int) and Math.min(int, int).",
                JavadocText.parse("See {@link #max(int, int)} and {@link Math#min(int, int)}.").plain());
    }

    @Test
    void nothingToShowIsEmpty() {
        assertTrue(JavadocText.parse(null).isEmpty());
        assertTrue(JavadocText.parse("  \n ").isEmpty());
        assertFalse(JavadocText.parse("@return x").isEmpty());
        assertEquals("Returns:\n  x", JavadocText.parse("@return x").plain());
    }
}
