package dev.civkit.session;

import dev.civkit.client.Answer;
import dev.civkit.client.SubmitOptions;
import dev.civkit.client.Workflow;
import dev.civkit.request.InvalidRequestException;
import dev.civkit.request.JsonValues;
import dev.civkit.request.Text;
import tools.jackson.databind.JsonNode;

/**
 * The per-recipe path ({@code POST /v2/consumer/recipes/{type}}): a step's input answered as a
 * one-step workflow, priced against the budget and journalled by id, since it has no idempotency key.
 */
final class Recipes {
    private Recipes() {}

    static WorkflowHandle submit(Session s, String stepType, JsonNode input, int waitSeconds) {
        if (stepType == null || !stepType.matches("[A-Za-z][A-Za-z0-9]*"))
            throw new InvalidRequestException("recipe(type, input)", "the type is a step type such as imageGen or convertImage, got "
                    + Text.quote(stepType));
        if (input == null || !input.isObject())
            throw new InvalidRequestException("recipe(type, input)", "the input is a JSON object, got " + input);
        JsonValues.check("input", input);
        Budget budget = s.budget();
        Budget.Reservation hold = null;
        if (budget.isSet()) {
            Double price = s.client().submitRecipe(stepType, input, SubmitOptions.whatIf()).workflow().totalCost();
            hold = budget.reserve("This " + stepType + " recipe", price == null ? 0 : price);
        }
        try {
            Answer a = s.client().submitRecipe(stepType, input, SubmitOptions.waiting(waitSeconds));
            Workflow w = Submission.checked(a.workflow());
            s.journal().submitted(w.id(), null, s.config().baseUrl(), w.status());
            budget.settle(hold, w.id(), w.totalCost());
            return new WorkflowHandle(s, w, null);
        } finally {
            budget.release(hold);
        }
    }
}
