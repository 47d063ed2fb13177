package dev.civkit.kernel;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.dflib.jjava.jupyter.kernel.history.HistoryEntry;
import org.dflib.jjava.jupyter.kernel.history.HistoryManager;
import org.dflib.jjava.jupyter.messages.ContentType;
import org.dflib.jjava.jupyter.messages.MessageType;
import org.dflib.jjava.jupyter.messages.reply.HistoryReply;
import org.dflib.jjava.jupyter.messages.request.HistoryRequest;

/**
 * This kernel session's cells, numbered by their execution count, each with the text of its result,
 * for history_request (the console's up-arrow and %history search, {@code jupyter console}'s recall).
 */
final class CellHistory implements HistoryManager {
    /** The one session this kernel has; 0 and negative numbers mean "the current one", as in IPython. */
    static final int SESSION = 1;

    private record Cell(int line, String input, String output) {}

    private final List<Cell> cells = new ArrayList<>();

    /** Records a cell as it starts to run. */
    synchronized void add(int line, String code) {
        cells.add(new Cell(line, code, null));
    }

    /** The text/plain of the result of the cell on {@code line} (the last one added with that number). */
    synchronized void output(int line, String text) {
        for (int i = cells.size() - 1; i >= 0; i--) {
            if (cells.get(i).line() == line) {
                cells.set(i, new Cell(line, cells.get(i).input(), text));
                return;
            }
        }
    }

    @Override
    public synchronized List<HistoryEntry> lookupTail(int length, Set<ResultFlag> flags) {
        return entries(cells.subList(Math.max(0, cells.size() - Math.max(0, length)), cells.size()));
    }

    /** Lines {@code start <= line < stop} of the session ({@code stop <= 0}: to the end). */
    @Override
    public synchronized List<HistoryEntry> lookupRange(int session, int start, int stop, Set<ResultFlag> flags) {
        if (session > 0 && session != SESSION) return List.of();
        return entries(cells.stream().filter(c -> c.line() >= start && (stop <= 0 || c.line() < stop)).toList());
    }

    /**
     * The cells whose input matches the glob {@code pattern} ({@code *} any text, {@code ?} one
     * character, the rest literal), the last {@code length} of them ({@code length <= 0}: all).
     */
    @Override
    public synchronized List<HistoryEntry> search(String pattern, int length, Set<ResultFlag> flags) {
        return search(pattern, length, false);
    }

    /** As {@link #search(String, int, Set)}; {@code unique} keeps only the latest cell of each input. */
    synchronized List<HistoryEntry> search(String pattern, int length, boolean unique) {
        Pattern glob = glob(pattern == null || pattern.isEmpty() ? "*" : pattern);
        List<Cell> hits = cells.stream().filter(c -> glob.matcher(c.input()).matches()).toList();
        if (unique) {
            Map<String, Cell> latest = new LinkedHashMap<>();
            for (Cell c : hits) {
                latest.remove(c.input());
                latest.put(c.input(), c);
            }
            hits = List.copyOf(latest.values());
        }
        return entries(length > 0 && hits.size() > length ? hits.subList(hits.size() - length, hits.size()) : hits);
    }

    static Pattern glob(String glob) {
        StringBuilder regex = new StringBuilder();
        StringBuilder literal = new StringBuilder();
        for (char ch : glob.toCharArray()) {
            if (ch == '*' || ch == '?') {
                if (literal.length() > 0) regex.append(Pattern.quote(literal.toString()));
                literal.setLength(0);
                regex.append(ch == '*' ? ".*" : ".");
            } else {
                literal.append(ch);
            }
        }
        if (literal.length() > 0) regex.append(Pattern.quote(literal.toString()));
        return Pattern.compile(regex.toString(), Pattern.DOTALL);
    }

    private static List<HistoryEntry> entries(List<Cell> cells) {
        return cells.stream().map(c -> new HistoryEntry(SESSION, c.line(), c.input(), c.output())).toList();
    }

    /** The entries for a history_request, whichever access it asks. */
    List<HistoryEntry> answer(HistoryRequest request) {
        Set<ResultFlag> none = EnumSet.noneOf(ResultFlag.class);
        if (request instanceof HistoryRequest.Tail t) return lookupTail(t.getMaxReturnLength(), none);
        if (request instanceof HistoryRequest.Range r) return lookupRange(r.getSessionIndex(), r.getStart(), r.getStop(), none);
        if (request instanceof HistoryRequest.Search s) return search(s.getPattern(), s.getMaxReturnLength(), s.filterUnique());
        return List.of();
    }

    /**
     * The history_reply as the protocol writes it: each entry a {@code [session, line, input]} triple, or
     * {@code [session, line, [input, output]]} when the request asks for output (null where a cell had no
     * result). jjava-jupyter 1.0-a6 would send each entry as an object, which Jupyter clients do not read.
     */
    static final class Reply implements ContentType<Reply> {
        @SuppressWarnings("unused") // read by the message serialiser
        private final String status = "ok";
        private final List<List<Object>> history = new ArrayList<>();

        Reply(List<HistoryEntry> entries, boolean withOutput) {
            for (HistoryEntry e : entries) {
                Object item = withOutput ? Arrays.asList(e.getInput(), e.getOutput()) : e.getInput();
                history.add(List.of(e.getSession(), e.getCellNumber(), item));
            }
        }

        @Override
        @SuppressWarnings("unchecked")
        public MessageType<Reply> getType() {
            return (MessageType<Reply>) (MessageType<?>) HistoryReply.MESSAGE_TYPE;
        }
    }
}
