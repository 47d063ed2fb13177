package dev.civkit.kernel;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.dflib.jjava.jupyter.kernel.history.HistoryEntry;
import org.dflib.jjava.jupyter.kernel.history.HistoryManager;

/** This kernel session's cells, in order, for history_request (the console's up-arrow, %history in clients). */
final class CellHistory implements HistoryManager {
    private static final int SESSION = 1;
    private final List<String> cells = new ArrayList<>();

    synchronized void add(String code) {
        cells.add(code);
    }

    @Override
    public synchronized List<HistoryEntry> lookupTail(int length, Set<ResultFlag> flags) {
        int from = Math.max(0, cells.size() - Math.max(0, length));
        return entries(from, cells.size());
    }

    @Override
    public synchronized List<HistoryEntry> lookupRange(int session, int start, int stop, Set<ResultFlag> flags) {
        if (session != SESSION && session != 0) return List.of();
        int from = Math.max(0, start - 1), to = stop <= 0 ? cells.size() : Math.min(cells.size(), stop - 1);
        return from >= to ? List.of() : entries(from, to);
    }

    @Override
    public synchronized List<HistoryEntry> search(String pattern, int length, Set<ResultFlag> flags) {
        String glob = pattern == null || pattern.isEmpty() ? "*" : pattern;
        String regex = glob.replace("\\", "\\\\").replace(".", "\\.").replace("*", ".*").replace("?", ".");
        List<HistoryEntry> hits = new ArrayList<>();
        for (int i = 0; i < cells.size(); i++)
            if (cells.get(i).matches("(?s)" + regex)) hits.add(new HistoryEntry(SESSION, i + 1, cells.get(i), null));
        return length > 0 && hits.size() > length ? hits.subList(hits.size() - length, hits.size()) : hits;
    }

    private List<HistoryEntry> entries(int from, int to) {
        List<HistoryEntry> out = new ArrayList<>();
        for (int i = from; i < to; i++) out.add(new HistoryEntry(SESSION, i + 1, cells.get(i), null));
        return out;
    }

    /** The entries for a history_request, whichever access it asks. */
    List<HistoryEntry> answer(org.dflib.jjava.jupyter.messages.request.HistoryRequest request) {
        Set<ResultFlag> none = java.util.EnumSet.noneOf(ResultFlag.class);
        if (request instanceof org.dflib.jjava.jupyter.messages.request.HistoryRequest.Tail t) return lookupTail(t.getMaxReturnLength(), none);
        if (request instanceof org.dflib.jjava.jupyter.messages.request.HistoryRequest.Range r)
            return lookupRange(r.getSessionIndex(), r.getStart(), r.getStop(), none);
        if (request instanceof org.dflib.jjava.jupyter.messages.request.HistoryRequest.Search s) return search(s.getPattern(), s.getMaxReturnLength(), none);
        return List.of();
    }

    /**
     * The history_reply as the protocol writes it: each entry a {@code [session, line, input]} tuple.
     * (jjava-jupyter 1.0-a6 would send each entry as an object, which Jupyter clients do not read.)
     */
    static final class Reply implements org.dflib.jjava.jupyter.messages.ContentType<Reply> {
        @SuppressWarnings("unused") // read by the message serialiser
        private final String status = "ok";
        private final List<List<Object>> history = new ArrayList<>();

        Reply(List<HistoryEntry> entries) {
            for (HistoryEntry e : entries) history.add(List.of(e.getSession(), e.getCellNumber(), e.getInput()));
        }

        @Override
        @SuppressWarnings("unchecked")
        public org.dflib.jjava.jupyter.messages.MessageType<Reply> getType() {
            return (org.dflib.jjava.jupyter.messages.MessageType<Reply>) (org.dflib.jjava.jupyter.messages.MessageType<?>)
                    org.dflib.jjava.jupyter.messages.reply.HistoryReply.MESSAGE_TYPE;
        }
    }
}
