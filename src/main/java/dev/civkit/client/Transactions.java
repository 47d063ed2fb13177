package dev.civkit.client;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The Buzz movements of a workflow; on a whatif, whether the account could pay for it. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Transactions(
        List<Transaction> list,
        Boolean insufficientBuzz,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

    public Transactions {
        list = list == null ? List.of() : List.copyOf(list);
        extra = Extra.normalise(extra);
    }

    /** Net debit per currency (blue, green, yellow…), credits subtracted. */
    public Map<String, Double> byCurrency() {
        Map<String, Double> sums = new TreeMap<>();
        for (Transaction t : list) {
            double signed = "credit".equals(t.type()) ? -t.amount() : t.amount();
            sums.merge(t.accountType() == null ? "unknown" : t.accountType(), signed, Double::sum);
        }
        return sums;
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Transaction(
            String type,
            double amount,
            String id,
            String accountType,
            @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {
        public Transaction {
            extra = Extra.normalise(extra);
        }
    }
}
