package dev.civkit.kernel;

import com.google.gson.annotations.SerializedName;
import java.util.List;
import java.util.Map;
import org.dflib.jjava.jupyter.kernel.HelpLink;
import org.dflib.jjava.jupyter.kernel.LanguageInfo;
import org.dflib.jjava.jupyter.kernel.display.DisplayData;
import org.dflib.jjava.jupyter.messages.ContentType;
import org.dflib.jjava.jupyter.messages.MessageType;

/**
 * Replies as the messaging spec writes them where jjava-jupyter 1.0-a6's own leave a field out:
 * kernel_info_reply and comm_info_reply without {@code status}, execute_reply without {@code payload}.
 */
final class ProtocolReplies {
    private ProtocolReplies() {
    }

    @SuppressWarnings("unchecked")
    private static <T> MessageType<T> type(MessageType<?> type) {
        return (MessageType<T>) type;
    }

    @SuppressWarnings("unused") // fields are read by the message serialiser
    static final class KernelInfo implements ContentType<KernelInfo> {
        private final String status = "ok";
        @SerializedName("protocol_version")
        private final String protocolVersion;
        private final String implementation;
        @SerializedName("implementation_version")
        private final String implementationVersion;
        @SerializedName("language_info")
        private final LanguageInfo languageInfo;
        private final String banner;
        @SerializedName("help_links")
        private final List<HelpLink> helpLinks;
        private final boolean debugger = false;

        KernelInfo(String protocolVersion, String implementation, String implementationVersion, LanguageInfo languageInfo,
                   String banner, List<HelpLink> helpLinks) {
            this.protocolVersion = protocolVersion;
            this.implementation = implementation;
            this.implementationVersion = implementationVersion;
            this.languageInfo = languageInfo;
            this.banner = banner;
            this.helpLinks = helpLinks;
        }

        @Override
        public MessageType<KernelInfo> getType() {
            return type(MessageType.KERNEL_INFO_REPLY);
        }
    }

    /** The open comms, by id, each with its target's name. */
    @SuppressWarnings("unused")
    static final class CommInfo implements ContentType<CommInfo> {
        private final String status = "ok";
        private final Map<String, Map<String, String>> comms;

        CommInfo(Map<String, Map<String, String>> comms) {
            this.comms = comms;
        }

        @Override
        public MessageType<CommInfo> getType() {
            return type(MessageType.COMM_INFO_REPLY);
        }
    }

    /** An execute_reply whose payload pages documentation ({@code Math.abs?}), as IPython's {@code ?} does. */
    @SuppressWarnings("unused")
    static final class PagedExecute implements ContentType<PagedExecute> {
        private final String status = "ok";
        @SerializedName("execution_count")
        private final int executionCount;
        private final List<Page> payload;
        @SerializedName("user_expressions")
        private final Map<String, Object> userExpressions = Map.of();

        PagedExecute(int executionCount, DisplayData page) {
            this.executionCount = executionCount;
            this.payload = page == null ? List.of() : List.of(new Page(page));
        }

        @Override
        public MessageType<PagedExecute> getType() {
            return type(MessageType.EXECUTE_REPLY);
        }
    }

    /** A pager payload: the bundle's data and metadata, where to start, and its source "page". */
    @SuppressWarnings("unused")
    static final class Page extends DisplayData {
        private final String source = "page";
        private final int start = 0;

        Page(DisplayData shown) {
            super(shown);
        }
    }
}
