package dev.civkit.session;

import static org.junit.jupiter.api.Assertions.*;

import dev.civkit.SandboxFixture;
import dev.civkit.sweep.Sweep;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The session's Buzz limit refuses what would cross it, before anything is created. */
class BudgetTest {
    @TempDir
    Path outputs;

    @Test
    void submissionsThatWouldCrossTheLimitAreRefusedBeforeSending() {
        try (SandboxFixture fx = SandboxFixture.start(SandboxFixture.fast(), outputs)) {
            fx.session.budget().limit(10);
            // flux at 1024x1024 costs 4 Buzz in the sandbox's price list
            fx.workflow().imageGen(i -> i.engine("flux").prompt("one").size(1024, 1024)).submit();
            fx.workflow().imageGen(i -> i.engine("flux").prompt("two").size(1024, 1024)).submit();
            assertEquals(8, fx.session.budget().spent(), 1e-9);
            int created = fx.sandbox.workflowsCreated();
            BudgetExceededException e = assertThrows(BudgetExceededException.class,
                    () -> fx.workflow().imageGen(i -> i.engine("flux").prompt("three").size(1024, 1024)).submit());
            assertEquals(created, fx.sandbox.workflowsCreated(), "nothing was created");
            assertEquals(4, e.price(), 1e-9);
            assertEquals(2, e.remaining(), 1e-9);
            assertTrue(e.getMessage().contains("has 2 of 10 Buzz left"), e.getMessage());
            assertTrue(fx.session.budget().toString().contains("8 spent | 2 left"), fx.session.budget().toString());
            // something cheap still fits
            fx.workflow().imageGen(i -> i.engine("flux").prompt("small").size(512, 512)).submit();
            assertEquals(9, fx.session.budget().spent(), 1e-9);
        }
    }

    @Test
    void anIdempotentResubmissionIsCountedOnce() {
        try (SandboxFixture fx = SandboxFixture.start(SandboxFixture.fast(), outputs)) {
            fx.session.budget().limit(100);
            WorkflowHandle a = fx.workflow().imageGen(i -> i.engine("flux").prompt("same").size(1024, 1024)).externalId("once-1").submit();
            WorkflowHandle b = fx.workflow().imageGen(i -> i.engine("flux").prompt("same").size(1024, 1024)).externalId("once-1").submit();
            assertEquals(a.id(), b.id());
            assertEquals(4, fx.session.budget().spent(), 1e-9);
        }
    }

    @Test
    void aSweepIsCheckedAsAWholeBeforeItStarts() {
        try (SandboxFixture fx = SandboxFixture.start(SandboxFixture.fast(), outputs)) {
            fx.session.budget().limit(10);
            int created = fx.sandbox.workflowsCreated();
            Sweep s = new Sweep(fx.session, fx.workflow().imageGen(i -> i.engine("flux").size(1024, 1024))).prompts("a", "b", "c");
            BudgetExceededException e = assertThrows(BudgetExceededException.class, s::run);
            assertTrue(e.getMessage().startsWith("This sweep of 3 workflows would cost 12 Buzz"), e.getMessage());
            assertEquals(created, fx.sandbox.workflowsCreated());
            fx.session.budget().limit(12);
            assertEquals(3, s.run().succeeded().size());
            assertEquals(0, fx.session.budget().remaining(), 1e-9);
        }
    }

    @Test
    void limitsMustBeSensible() {
        Budget b = new Budget();
        assertFalse(b.isSet());
        assertThrows(IllegalArgumentException.class, () -> b.limit(-1));
        assertThrows(IllegalArgumentException.class, () -> b.limit(Double.NaN));
        assertTrue(b.toString().contains("budget(100) sets one"));
    }
}
